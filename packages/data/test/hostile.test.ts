/**
 * Feeds are edited by people and served from places we do not control: nothing in them may
 * throw, run, or take the good data down with it.
 */
import { expect } from '@open-wc/testing';
import { COLLECTIONS, type CollectionName, type DataWarning } from '../src/types.js';
import { validateCollection, validateItem } from '../src/validate/item.js';
import { ITEM_SHAPES, LIST, type Type } from '../src/validate/shapes.js';
import { VALID, variant } from './validate-fixtures.js';

/** Every leaf of a fixture with the shape's type for it: [dotted path, leaf type]. */
function leaves(type: Type, value: unknown, path = ''): [string, string][] {
  if (typeof type == 'string') return [[path, type]];
  if (Array.isArray(type)) return [[path, 'enum']];
  if (LIST in type) return (value as unknown[]).flatMap((v, i) => leaves((type as { [LIST]: Type })[LIST], v, `${path}.${i}`));
  return Object.entries(type).flatMap(([key, t]) => {
    const name = key.replace(/[!=]$/, '');
    const v = (value as Record<string, unknown>)[name];
    return v === undefined ? [] : leaves(t, v, path ? `${path}.${name}` : name);
  });
}

const all = COLLECTIONS.flatMap((c) => leaves(ITEM_SHAPES[c], VALID[c]).map(([path, type]) => ({ c, path, type })));
const ofType = (...types: string[]) => all.filter((l) => types.includes(l.type));
const topField = (path: string) => path.split('.')[0]!;
const requiredFields = new Set(COLLECTIONS.flatMap((c) => Object.keys(ITEM_SHAPES[c]).filter((k) => k.endsWith('!') || k.endsWith('=')).map((k) => `${c}:${k.slice(0, -1)}`)));
const ignore = () => {};

describe('hostile content', () => {
  it('covers every kind of leaf in the fixtures', () => {
    expect(new Set(all.map((l) => l.type))).to.have.all.keys(
      'id', 'string', 'label', 'text', 'url', 'date', 'instant', 'number', 'count', 'sdg', 'boolean', 'timeZone', 'insee', 'contact', 'territory', 'enum',
    );
    expect(all.length).to.be.greaterThan(90);
  });

  const markup = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '{{constructor.constructor("alert(1)")()}}', '${alert(1)}'];

  it('keeps markup in every text field as the exact, inert string it was', () => {
    for (const { c, path, type } of ofType('string', 'label', 'text', 'id')) {
      for (const s of markup) {
        const out = validateItem(c, variant(VALID[c], { [path]: s }), 0, ignore) as unknown as Record<string, unknown>;
        const kept = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], out);
        expect(kept, `${c} ${path} (${type})`).to.equal(s);
      }
    }
    const perLanguage = validateItem('projects', variant(VALID.projects, { name: { fr: markup[0], en: markup[1] } }), 0, ignore);
    expect(perLanguage?.name).to.deep.equal({ fr: markup[0], en: markup[1] });
  });

  const scripts = [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    '\r\n\tjavascript:alert(document.cookie)//https://ok.example/',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
    'vbscript:msgbox(1)',
    ' VbScRiPt:msgbox(1)',
    'blob:https://evil.example/uuid',
    'file:///etc/passwd',
  ];
  const noScheme = (out: unknown) => expect(JSON.stringify(out ?? null)).to.not.match(/javascript|vbscript|data:|blob:|file:/i);

  it('never lets a script, data, vbscript, blob or file URL through any link field', () => {
    for (const { c, path, type } of ofType('url', 'contact')) {
      for (const s of scripts) {
        for (const base of [undefined, 'https://feed.example/lab/index.json']) {
          const value = type == 'contact' ? { url: s } : s;
          const warnings: DataWarning[] = [];
          const out = validateItem(c, variant(VALID[c], { [path]: value }), 0, (w) => warnings.push(w), base);
          expect(out, `${c} ${path} ${JSON.stringify(s)}`).to.not.equal(undefined);
          noScheme(out);
          expect(warnings.map((w) => w.field), `${c} ${path} ${JSON.stringify(s)}`).to.deep.equal([path]);
        }
      }
    }
  });

  it('drops a script URL hidden in a mailto-looking contact or an e-mail field', () => {
    for (const contact of [{ url: 'mailto:javascript:alert(1)' }, { email: 'javascript:alert(1)' }, { email: 'a@b.example\njavascript:x' }]) {
      noScheme(validateItem('events', variant(VALID.events, { registration: contact }), 0, ignore));
    }
  });

  const wrong = [null, undefined, 0, -1, 42.5, NaN, Infinity, true, false, '', 'text', [], [null], {}, { fr: 1 }, [1, 'a', {}], () => 1, Symbol('s'), 10n, Object.create(null), new Date(0)];

  it('never throws on a wrong type or a null in any field, and the valid siblings survive', () => {
    for (const { c, path } of all) {
      for (const value of wrong) {
        const label = `${c} ${path} = ${Object.prototype.toString.call(value)} ${typeof value == 'object' ? '' : String(value)}`;
        const raw = variant(VALID[c], { [path]: value });
        let out: Record<string, unknown> | undefined;
        expect(() => (out = validateItem(c, raw, 0, ignore) as unknown as Record<string, unknown>), label).to.not.throw();
        const top = topField(path);
        if (!out) {
          expect(requiredFields.has(`${c}:${top}`), `${label} dropped the item`).to.equal(true);
          continue;
        }
        for (const [key, expected] of Object.entries(VALID[c])) {
          if (key != top) expect(out[key], `${label}: ${key}`).to.deep.equal(expected);
        }
      }
    }
  });

  it('replaces whole fields, lists and items by wrong types without throwing', () => {
    for (const c of COLLECTIONS) {
      for (const key of Object.keys(VALID[c])) {
        for (const value of wrong) {
          expect(() => validateItem(c, variant(VALID[c], { [key]: value }), 0, ignore), `${c}.${key}`).to.not.throw();
        }
      }
      const { items, warnings } = validateCollection(c, [...wrong, VALID[c], [VALID[c]]]);
      expect(items, c).to.have.length(1);
      expect(warnings, c).to.have.length(wrong.length + 1);
    }
  });

  it('does not let __proto__ or constructor keys reach any prototype', () => {
    const raw = JSON.parse(`[{"id":"o","name":"O","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},
      "territories":[{"__proto__":{"polluted":true},"region":"84"}]}]`);
    const { items } = validateCollection('organizations', raw);
    expect(items[0]).to.deep.equal({ id: 'o', visibility: 'public', name: 'O', territories: [{ region: '84' }] });
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(items[0])).to.equal(Object.prototype);
  });

  it('caps a 10 MB string in every field fast', () => {
    const huge = 'A'.repeat(10_000_000);
    // Not where a bad value drops the whole item (id, start, visibility, status): the point is what is kept.
    const fatal = (c: string, path: string) => requiredFields.has(`${c}:${path}`) && !/title|name/.test(path);
    const everywhere = (c: CollectionName) => Object.fromEntries(all.filter((l) => l.c == c && !fatal(c, l.path)).map((l) => [l.path, huge]));
    const raws = COLLECTIONS.map((c) => [c, variant(VALID[c], everywhere(c))] as const);
    const started = performance.now();
    const out = raws.map(([c, raw]) => validateItem(c as CollectionName, raw, 0, ignore) as unknown as Record<string, unknown> | undefined);
    const elapsed = performance.now() - started;
    expect(elapsed, `${Math.round(elapsed)} ms`).to.be.below(250);
    expect(JSON.stringify(out).length).to.be.below(100_000);
    expect(out[0]).to.include({ name: huge.slice(0, 300), description: huge.slice(0, 5000), id: VALID.projects.id });
    expect(out[0]).to.not.have.property('website');
    expect(out.every(Boolean)).to.equal(true);
  });
});
