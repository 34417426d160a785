/**
 * The validator is written for speed (shapes made into checkers once, field paths built only
 * for reports, shortcuts for URLs, dates and strings that need no more work); this holds it to
 * the plain one it replaced (`validate-reference.ts`): the same items and the same warnings, in
 * the same order, for the sample feed and for thousands of broken, hostile and odd variants of
 * it, and each shortcut to what it skips.
 */
import { expect } from '@open-wc/testing';
import { isFeedError } from '../src/errors.js';
import { COLLECTIONS, type CollectionName, type DataWarning } from '../src/types.js';
import { validateIndex } from '../src/validate/feed-index.js';
import { validateCollection, validateItem } from '../src/validate/item.js';
import { COMMON_DAY, ISO_DATE, SCALARS, isFinalUrl } from '../src/validate/scalars.js';
import { LAB_SHAPE } from '../src/validate/shapes.js';
import { Bad, walk, walker } from '../src/validate/walk.js';
import { VALID } from './validate-fixtures.js';
import { referenceCollection, referenceIndex, referenceItem, referenceUrl, referenceWalk } from './validate-reference.js';

/**
 * Everything a result could differ in, as a string: key order, `-0`, `undefined` values, holes,
 * prototypes, lone surrogates (JSON.stringify escapes them).
 */
function exact(v: unknown): string {
  if (typeof v == 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v == 'string') return JSON.stringify(v);
  if (typeof v == 'bigint') return `${v}n`;
  if (typeof v != 'object' || v === null) return String(v);
  if (Array.isArray(v)) return `[${Array.from({ length: v.length }, (_, i) => (i in v ? exact(v[i]) : '<hole>')).join(',')}]`;
  const proto = Object.getPrototypeOf(v);
  const kind = proto === Object.prototype ? '' : proto === null ? '<null proto>' : `<${String(proto.constructor?.name)}>`;
  return `${kind}{${Reflect.ownKeys(v).map((k) => `${String(k)}:${exact((v as Record<PropertyKey, unknown>)[k])}`).join(',')}}`;
}

/** mulberry32: seeded, so that a failure names a case that can be run again. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sparse = (...values: unknown[]) => {
  const a = [...values];
  a.length += 2;
  return a;
};

/** Links a feed should not have, and links written every way `new URL` would rewrite. */
const TRICKY_URLS = [
  'https://x.example/', 'http://x.example/', 'https://x.example', 'https://x.example/a/b?c=d&e=f#g', 'https://x.example/?', 'https://x.example/#',
  'https://x.example/a?b#c?d/e', 'HTTPS://x.example/', 'Https://x.example/', 'https://X.example/', 'https://x.EXAMPLE/', 'https://x.example/A/B',
  'https://x.example:443/', 'http://x.example:80/', 'https://x.example:80/', 'https://x.example:8443/', 'https://x.example:/', 'https://x.example:0443/',
  'https://x.example:65536/', 'https://x.example:99999/', 'https://x.example.:443/', 'https://x.example./', 'https://x..example/', 'https://.x.example/',
  'https://x.example/./a', 'https://x.example/../a', 'https://x.example/a/..', 'https://x.example/a/.', 'https://x.example/a/%2e%2e/b', 'https://x.example/a/%2E/b',
  'https://x.example/.a/..b/...', 'https://x.example/a/.%2e', 'https://x.example/%7e%7E%41', 'https://x.example/%', 'https://x.example/%zz', 'https://x.example/%41?%41#%41',
  'https://x.example/a b', 'https://x.example/a\tb', 'https://x.example/a\nb', 'https://x.example/a\rb', ' https://x.example/', 'https://x.example/ ',
  '\thttps://x.example/', 'https://x.example/\u0000', '\u0000https://x.example/', 'https://x.example/\u007f', 'https://x.example/\u00a0', '\u00a0https://x.example/',
  'https://x.example/é', 'https://é.example/', 'https://xn--9ca.example/', 'https://xn--zz.example/', 'https://XN--9CA.example/', 'https://x.xn--9ca/',
  'https://ÉXAMPLE.fr/', 'https://x.example/\u2028', 'https://x.example/\ufeff', 'https://x.example/😀', 'https://x.example/\ud800', 'https://\ud800.example/',
  'https:\\\\evil.example/', 'https://evil.example\\@good.example/', 'https://good.example\\evil/', 'https://x.example/a\\b', 'https:/x.example/', 'https:x.example/',
  'https:///x.example/', 'https:////x.example/', 'https://user@x.example/', 'https://user:pass@x.example/', 'https://@x.example/', 'https://x@/',
  'https://evil.example#@good.example/', 'https://evil.example?@good.example/', 'https://a.example/b@c', 'https://a.example/?b@c', 'https://a.example/#b@c',
  'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', 'jav\u0000ascript:alert(1)', 'https://x.example/javascript:alert(1)',
  'javascript://x.example/%0aalert(1)', 'data:text/html,x', 'ftp://x.example/', 'file:///etc/passwd', 'blob:https://x.example/id', 'mailto:a@b.example',
  'ws://x.example/', 'httpx://x.example/', 'http//x.example/', 'h\tttps://x.example/', 'ht\ntp://x.example/', 'https\r://x.example/',
  'https://127.0.0.1/', 'https://1.2.3.4/', 'https://01.2.3.4/', 'https://1.2.3.04/', 'https://0x7f.1/', 'https://0x7F.0.0.1/', 'https://2130706433/',
  'https://1.2.3/', 'https://1.2.3.4.5/', 'https://x.123/', 'https://x.0x12/', 'https://x.0xg/', 'https://x.1a/', 'https://x.a1/', 'https://123.example/',
  'https://[::1]/', 'https://[::ffff:127.0.0.1]/', 'https://[::1/', 'https://x.example]/', 'https://local host/', 'https://localhost/', 'https://x_y.example/',
  'https://-x.example/', 'https://x-.example/', 'https://x--y.example/', 'https://ab--cd.example/', 'https://x.example-/', 'https://x.-example/',
  `https://${'a'.repeat(63)}.example/`, `https://${'a'.repeat(64)}.example/`, `https://${'abcdefgh.'.repeat(28)}example/`, `https://${'abcdefgh.'.repeat(30)}example/`,
  `https://x.example/${'p'.repeat(1970)}`, `https://x.example/${'p'.repeat(1990)}`, `https://x.example/${'p'.repeat(2000)}`,
  "https://x.example/it's", 'https://x.example/?it\'s', "https://x.example/#it's", 'https://x.example/"q"', 'https://x.example/?"q"', 'https://x.example/#"q"',
  'https://x.example/<a>', 'https://x.example/?<a>', 'https://x.example/#<a>', 'https://x.example/a^b', 'https://x.example/?a^b', 'https://x.example/#a^b',
  'https://x.example/a`b', 'https://x.example/?a`b', 'https://x.example/#a`b', 'https://x.example/{a}', 'https://x.example/?{a}', 'https://x.example/#{a}',
  'https://x.example/a|b', 'https://x.example/?a|b', 'https://x.example/#a|b', 'https://x.example/[a]', 'https://x.example/?[a]', 'https://x.example/#[a]',
  "https://x.example/!$&'()*+,;=:@-._~", "https://x.example/?!$&'()*+,;=:@-._~/?", "https://x.example/#!$&'()*+,;=:@-._~/?#", 'https://x.example/a##b',
  'https://x.example//a//', 'https://x.example/a?b?c', 'https://x.example/?/../.', 'https://x.example/#/../.', 'https://x.example/a/./?b', 'https://x.example/a/..#b',
  'logo.svg', '/logo.svg', '//cdn.example/logo.svg', '?q', '#f', '', ' ', '.', '..', 'https://', 'https:', 'http://', 'https://?', 'https://#',
];

/** Strings the validator must treat exactly as before: at and around every cap, lone surrogates, dates, text maps. */
const STRINGS = [
  '', ' ', 'x', 'Closed', 'closed', 'public', 'private', 'unlisted', 'PUBLIC', 'up', 'down', 'food', 'funder', 'sponsor', 'pilot', 'national',
  '\ud800', 'a\ud800', '\udc00', 'a\udc00', '\ud83d\ude00', 'a'.repeat(199) + '\ud83d\ude00', 'a'.repeat(198) + '\ud83d\ude00', 'a'.repeat(199) + '\ud800',
  'i'.repeat(200), 'i'.repeat(201), 'a'.repeat(299) + '\ud83d\ude00', 'a'.repeat(298) + '\ud83d\ude00', 'a'.repeat(299) + '\ud800', 'a'.repeat(300) + '\ud800',
  's'.repeat(300), 's'.repeat(301), 'b'.repeat(4999) + '\ud83d\ude00', 'b'.repeat(4999) + '\ud800', 't'.repeat(5000), 't'.repeat(5001),
  '<script>alert(1)</script>', '${alert(1)}', '__proto__', 'constructor', 'hasOwnProperty', '69123', '2a004', '2A004', '974', '84', 'Europe/Paris',
  'europe/paris', 'UTC', 'Mars/Olympus', 'a@b.example', 'a@b.example?cc=c@d.example', 'mailto:a@b.example',
  '2025-03-01', '2025-02-28', '2025-02-29', '2024-02-29', '2025-02-30', '2024-02-30', '1900-02-29', '2000-02-29', '2100-02-29', '2025-04-30', '2025-04-31',
  '2025-06-31', '2025-11-31', '2025-12-31', '2025-12-32', '2025-13-01', '2025-00-01', '2025-01-00', '0000-01-01', '0000-02-29', '9999-12-31', '2025-1-01',
  '2025-01-1', '02025-01-01', '+002025-01-01', '2025/01/01', '2025-03-01 ', ' 2025-03-01', '2025-03-01\n', '２０２５-03-01', '2025-03-01T10:00',
  '2025-03-01T24:00', '2025-03-01T24:00:00Z', '2025-03-01T24:01Z', '2025-03-01T23:59:60Z', '2025-03-01T10:00Z', '2025-03-01T10:00:00Z',
  '2025-03-01T10:00:00.5+01:00', '2025-03-01T10:00:00.123Z', '2025-03-01T10:00:00.123456789-03:00', '2025-03-01T10:00+24:00', '2025-03-01T10:00+23:59',
  '2025-03-01T10:00-00:60', '2025-03-01t10:00Z', '2025-03-01T10:00z', '2025-03-01T10:00:00.000+0100', '2025-02-30T10:00:00+01:00', '2025-03-01T10:00:00+01:00'.padEnd(41, '0'),
];

const TEXTS = [
  { fr: 'a', en: 'b' }, { en: 'b', fr: 'a' }, { fr: '', en: 'b' }, { fr: '', en: '' }, { FR: 'a' }, { 'fr-CA': 'x', 'zh-Hant-TW': 'y', 'x-a': 'z' },
  { f: 'x' }, { fra: 'x', fraa: 'y' }, { '1a': 'x' }, { fr_CA: 'x' }, { ['a'.repeat(25)]: 1 }, { fr: '\ud800' }, { fr: 'a\ud800', en: '\ud800b' },
  { fr: 'x'.repeat(5001) }, { fr: 'x'.repeat(301) }, { fr: null }, { '': 'x' }, { fr: ['x'] }, { 1: 'x', fr: 'y' }, { fr: { fr: 'x' } }, { 'fr-': 'x' },
  { 'fr-123456789': 'x' }, { 'fr-12345678': 'x' }, { fr: 1, en: true, de: 'ok' }, JSON.parse('{"__proto__":"x","fr":"y"}'), JSON.parse('{"__proto__":{"fr":"y"}}'),
  Object.assign(Object.create(null), { fr: 'sans prototype' }),
];

const OBJECTS = [
  {}, { fr: 1 }, Object.create(null), new Date(0), [], [null], [1, 'a', {}], sparse('a', 'b'), sparse(), [[]],
  { insee: '69123' }, { insee: '2a004', name: 'Ajaccio' }, { insee: ' 69123' }, { insee: 69123 }, { insee: '', department: '69' }, { insee: null, department: '69' },
  { department: '2a' }, { department: '974', name: '' }, { department: '96' }, { region: '84' }, { region: 84 }, { region: '12' }, { scope: 'national', insee: '69123' },
  { scope: 'world', region: '84' }, { scope: 'NATIONAL' }, { name: '\ud800', region: '84' }, { region: '84', name: 's'.repeat(301) },
  { url: 'https://x.example/' }, { url: 'HTTPS://X.example' }, { url: 'mailto:a@b.example' }, { url: 'MAILTO:a@b.example?subject=x' }, { url: 'mailto:javascript:alert(1)' },
  { url: 'mailto:' }, { email: 'a@b.example' }, { url: null, email: 'a@b.example' }, { url: '', email: 'a@b.example' }, { url: 'logo.svg' }, { url: '//evil.example/x' },
  { url: 'javascript:alert(1)' }, { email: 'javascript:alert(1)' }, { url: 7 }, { email: ['a@b.example'] },
  { start: '2025-01-01', end: '2025-12-31' }, { start: '2025-02-30' }, { name: 'Source', url: 'https://x.example/' }, { name: 'Source', url: 'x' },
  { date: '2025-03-31', value: 1 }, { date: '2025-03-31' }, { value: 1 }, { date: '2025-02-30', value: -0 }, { date: 20250101, value: '1' }, { date: '2025-12-31', value: NaN },
  { organization: 'o', role: 'funder' }, { organization: 'o', role: 'sponsor' }, { organization: '', role: 'funder' }, { role: 'funder' },
  { id: 'm', label: 'M', value: 1 }, { id: 'm', label: 'M', value: 1, direction: 'sideways' }, { id: 'm', label: {}, value: 1 }, { id: 'm', label: 'M', value: 1, series: 'x' },
  { min: 1, max: 2, currency: 'EUR', unit: 'year' }, { currency: 'EUR', unit: 'week' }, { wheelchair: true, hearingLoop: 'yes' },
  { name: 'Halle', insee: '69382', lat: '45', lon: 4.8 },
];

/** Everything tried at every place of an item. */
const VALUES: unknown[] = [
  null, undefined, 0, -0, -1, 1, 2, 17, 18, 1.5, NaN, Infinity, -Infinity, 1e21, 2 ** 53, true, false, () => 1, Symbol('s'), 10n,
  ...STRINGS, ...TEXTS, ...OBJECTS, ...TRICKY_URLS.slice(0, 120),
];

const BASES = [undefined, 'https://feed.example/lab/projects.json', 'http://feed.example:8080/a/b/', '', 'not a url', 'file:///srv/feed/'];

type Path = (string | number)[];

/** Every place in a value: its fields and entries, at every depth. */
function places(v: unknown, path: Path = []): Path[] {
  if (typeof v != 'object' || v === null) return [];
  const keys: (string | number)[] = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
  return keys.flatMap((k) => [[...path, k], ...places((v as Record<string | number, unknown>)[k], [...path, k])]);
}

/** A deep copy (functions, symbols and prototypes kept as they are) with `value` set at `path`, or the key removed when `remove`. */
function changed(root: unknown, path: Path, value: unknown, remove = false): unknown {
  const copy = (v: unknown): unknown => {
    if (typeof v != 'object' || v === null || v instanceof Date) return v;
    if (Array.isArray(v)) {
      const a = new Array(v.length);
      for (let i = 0; i < v.length; i++) if (i in v) a[i] = copy(v[i]);
      return a;
    }
    const o = Object.create(Object.getPrototypeOf(v));
    for (const k of Object.keys(v)) o[k] = copy((v as Record<string, unknown>)[k]);
    return o;
  };
  const out = copy(root) as Record<string | number, unknown>;
  let target = out;
  for (const k of path.slice(0, -1)) target = target[k] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (remove) delete target[last];
  else target[last] = value;
  return out;
}

/** Runs both validators on one input and expects the very same result; the input, when given, must come back untouched. */
function same(label: string, run: (validator: 'new' | 'reference') => unknown, input?: unknown) {
  const before = input === undefined ? '' : exact(input);
  const outcome = (validator: 'new' | 'reference') => {
    try {
      return exact(run(validator));
    } catch (e) {
      return `threw ${isFeedError(e) ? `${e.kind}: ${e.message}` : String(e)}`;
    }
  };
  const got = outcome('new');
  const want = outcome('reference');
  if (got !== want) expect(got, label).to.equal(want);
  if (input !== undefined) expect(exact(input), `${label}: input changed`).to.equal(before);
}

const sameCollection = (label: string, name: CollectionName, doc: unknown, base: string | undefined) =>
  same(`${label} (base ${base})`, (v) => (v == 'new' ? validateCollection(name, doc, base) : referenceCollection(name, doc, base)), doc);

const sameItem = (label: string, name: CollectionName, raw: unknown, base: string | undefined) =>
  same(label, (v) => {
    const warnings: DataWarning[] = [];
    const report = (w: DataWarning) => void warnings.push(w);
    const item = v == 'new' ? validateItem(name, raw, 3, report, base) : referenceItem(name, raw, 3, report, base);
    return { item, warnings };
  });

const feed: Partial<Record<CollectionName | 'index', Record<string, unknown>>> = {};

before(async () => {
  for (const file of [...COLLECTIONS, 'index'] as const) {
    const response = await fetch(`/demo/public/feed/${file}.json`);
    expect(response.ok, `demo/public/feed/${file}.json (npm run feed builds it)`).to.equal(true);
    feed[file] = await response.json();
  }
});

const itemsOf = (name: CollectionName) => feed[name]!.items as Record<string, unknown>[];

describe('the validator, against the plain one it replaced', () => {
  it('gives the same result for the sample feed, each collection, with every kind of base URL', () => {
    for (const name of COLLECTIONS) {
      expect(itemsOf(name).length, name).to.be.greaterThan(5);
      for (const base of BASES) sameCollection(name, name, feed[name], base);
    }
  });

  it('gives the same result when any place of a sample or fixture item holds a wrong, hostile or odd value', function () {
    this.timeout(60_000);
    for (const name of COLLECTIONS) {
      // The richest sample items (most places) and the fixture that fills every field.
      const samples = [...itemsOf(name)].sort((a, b) => places(b).length - places(a).length).slice(0, 2);
      for (const [i, raw] of [VALID[name], ...samples].entries()) {
        const spots = places(raw);
        for (const path of spots) {
          const base = BASES[path.length % BASES.length];
          sameItem(`${name} #${i} ${path.join('.')} removed`, name, changed(raw, path, undefined, true), base);
          for (const [j, value] of VALUES.entries()) {
            // A third of the values at each place of the fixture, a sixth in the samples, in turn,
            // so that every value meets every kind of field and the test stays a few seconds long.
            if ((j + spots.length + path.join().length) % (i == 0 ? 3 : 6) != 0) continue;
            sameItem(`${name} #${i} ${path.join('.')} = VALUES[${j}] ${exact(value).slice(0, 60)}`, name, changed(raw, path, value), BASES[j % BASES.length]);
          }
        }
      }
    }
  });

  it('gives the same result for whole collections randomly broken in many places at once', function () {
    this.timeout(60_000);
    const next = random(2025);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    for (let round = 0; round < 160; round++) {
      const name = pick(COLLECTIONS);
      let items: unknown = itemsOf(name).slice(0, 12);
      for (let n = 0; n < 12; n++) {
        const path = pick(places(items));
        items = next() < 0.15 ? changed(items, path, undefined, true) : changed(items, path, pick(VALUES));
      }
      // Duplicate ids, private items, items that are not objects.
      const list = items as unknown[];
      if (next() < 0.3) list.push(list[0]);
      if (next() < 0.3) list.splice(1, 0, pick(VALUES));
      const doc = next() < 0.2 ? list : { version: pick([1, 1, 1, 2, '1']), items: list };
      sameCollection(`round ${round}: ${name}`, name, doc, pick(BASES));
    }
  });

  it('gives the same result for documents that are not collections', () => {
    for (const doc of [null, undefined, 'items', 42, {}, { items: 'x' }, { version: 1 }, { version: 1, items: {} }, { version: 2, items: [] }, [], sparse(VALID.projects)]) {
      for (const name of COLLECTIONS) sameCollection(exact(doc), name, doc, undefined);
    }
  });

  it('gives the same index, or throws the same error', () => {
    const index = feed.index!;
    const url = 'https://feed.example/lab/index.json';
    same('sample index', (v) => (v == 'new' ? validateIndex(index, url) : referenceIndex(index, url)), index);
    for (const path of places(index)) {
      for (const [j, value] of [...VALUES.slice(0, 60), ...TRICKY_URLS, [VALID.organizations, { id: 'x' }], feed.events!.items].entries()) {
        const raw = changed(index, path, value);
        for (const base of [url, 'http://127.0.0.1:8000/feed/', 'not a url']) {
          same(`index ${path.join('.')} = #${j} (${base})`, (v) => (v == 'new' ? validateIndex(raw, base) : referenceIndex(raw, base)), raw);
        }
      }
    }
  });

  it('walks a lab the way the feed builder reads lab.yml', () => {
    for (const value of [undefined, ...VALUES]) {
      for (const field of ['name', 'url', 'logo']) {
        const raw = { name: { fr: 'Lab' }, url: 'https://lab.example/', [field]: value };
        same(`lab ${field} = ${exact(value).slice(0, 60)}`, (v) => {
          const reports: string[] = [];
          const ctx = { report: (f: string, why: string) => void reports.push(`${f}: ${why}`) };
          if (v == 'reference') return { ...referenceWalk(LAB_SHAPE, raw, '', ctx), reports };
          const out = walk(LAB_SHAPE, raw, '', ctx);
          return { ...(out instanceof Bad ? { bad: out.why } : { value: out }), reports };
        }, raw);
      }
    }
  });
});

describe('links, read as new URL() reads them', () => {
  /** Variants of the tricky URLs: a character from this list inserted, or a letter's case flipped, somewhere. */
  const PIECES = [
    '\t', '\n', '\r', ' ', '\\', '/', '//', '%', '%2e', '%2E', '%41', '%7e', '.', '..', '/./', '/../', '/.', '/..', ':', ':80', ':443', ':0', ':65536',
    '@', '#', '?', 'A', 'Z', 'é', '\u0000', '\u001f', '\u007f', '\u00a0', '\ufeff', 'xn--', 'XN--', "'", '"', '<', '>', '^', '`', '{', '}', '|', '[', ']',
    '0x', '0x7f', '.1', '.123', '127.0.0.1', '0', '-', '_', '~', '&', '=', '+', ',', ';', '$', '!', '*', '(', ')',
    // and pieces that keep a URL in its final form, so that many variants take the shortcut
    'a', 'b', '1', '9', 'ab', 'a-b', 'x.example', 'a.b', '/p', '/q/', '?q=1', '#f', 'a.', '.a', '--', 'xn--9ca', 'o--o',
  ];
  /** URLs in their final form, to start from. */
  const SEEDS = [
    'https://x.example/', 'http://x.example/', 'https://x.example/a/b?c=d&e=f#g', 'https://a-b.c-d.example/p/q/', 'https://x.example/a?b#c?d/e',
    "https://x.example/!$&()*+,;=:@-._~", 'https://sub.domain.example.org/path/to/page?x=1&y=2#frag', 'https://x9.example/a.b/c.d', 'http://localhost/',
  ];
  const next = random(1789);
  const variants = Array.from({ length: 40_000 }, () => {
    const s = next() < 0.5 ? SEEDS[Math.floor(next() * SEEDS.length)]! : TRICKY_URLS[Math.floor(next() * TRICKY_URLS.length)]!;
    const at = Math.floor(next() * (s.length + 1));
    if (next() < 0.2) return s.slice(0, at) + s.charAt(at).toUpperCase() + s.slice(at + 1);
    return s.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + s.slice(at + (next() < 0.3 ? 1 : 0));
  });
  const all = [...TRICKY_URLS, ...variants];

  it('takes the shortcut only for a URL that new URL() gives back unchanged', () => {
    let shortcuts = 0;
    for (const s of all) {
      if (!isFinalUrl(s)) continue;
      shortcuts++;
      const url = new URL(s);
      if (url.href !== s || !/^https?:$/.test(url.protocol)) expect(url.href, JSON.stringify(s)).to.equal(s);
    }
    // Not a test that cannot fail: a good share of the inputs really take the shortcut.
    expect(shortcuts).to.be.greaterThan(all.length / 10);
  });

  it('keeps or drops every link exactly as new URL() did, whatever the base', () => {
    for (const base of BASES) {
      // As a walk sees it: told whether the base is a URL, so that the shortcut is taken.
      const at = walker({ base, report: () => {} });
      const ctx = { base, report: () => {} };
      for (const s of all) {
        const got = SCALARS.url(s, at);
        if (got !== referenceUrl(s, ctx)) expect(got, `${JSON.stringify(s).slice(0, 200)} against ${base}`).to.equal(referenceUrl(s, ctx));
      }
    }
  });
});

describe('the shortcuts: dates every engine accepts', () => {
  /** Whether `year-month-day` exists in the proleptic Gregorian calendar, worked out without `Date.parse`. */
  const exists = (year: number, month: number, day: number) => {
    const d = new Date(0);
    d.setUTCFullYear(year, month - 1, day);
    return d.getUTCFullYear() == year && d.getUTCMonth() == month - 1 && d.getUTCDate() == day;
  };

  it('takes the shortcut only for a day that exists in every year, in the format Date.parse must accept', () => {
    let shortcuts = 0;
    for (const year of [0, 4, 100, 1900, 2000, 2024, 2025, 2100, 2400, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const label = `${s}: shortcut ${COMMON_DAY.test(s)}`;
          // Every day but February 29 takes it; nothing else does.
          expect(COMMON_DAY.test(s), label).to.equal(exists(year, month, day) && !(month == 2 && day == 29));
          if (!COMMON_DAY.test(s)) continue;
          shortcuts++;
          expect(ISO_DATE.test(s) && !isNaN(Date.parse(s)), label).to.equal(true);
          for (const longer of [`${s}T10:00`, ` ${s}`, `${s}\n`, `+0${s}`]) expect(COMMON_DAY.test(longer), longer).to.equal(false);
        }
      }
    }
    expect(shortcuts).to.equal(10 * 365);
  });
});
