import { expect } from '@open-wc/testing';
import { FeedError, isFeedError } from '../src/errors.js';
import { COLLECTIONS, type DataWarning } from '../src/types.js';
import { validateIndex } from '../src/validate/feed-index.js';
import { validateCollection, validateItem } from '../src/validate/item.js';
import { VALID, variant } from './validate-fixtures.js';

const collect = () => {
  const warnings: DataWarning[] = [];
  return { warnings, report: (w: DataWarning) => warnings.push(w) };
};

describe('validateItem', () => {
  for (const name of COLLECTIONS) {
    it(`keeps a complete ${name} item whole, without a warning`, () => {
      const { warnings, report } = collect();
      const item = validateItem(name, VALID[name], 0, report);
      expect(warnings).to.deep.equal([]);
      expect(item).to.deep.equal(VALID[name]);
    });
  }

  it('fills the defaults: public, open, scheduled, up, empty lists', () => {
    const project = validateItem('projects', { id: 'p', name: 'P', metrics: [{ id: 'm', label: 'M', value: 1 }] }, 0, () => {});
    expect(project).to.deep.equal({
      id: 'p', visibility: 'public', name: 'P', domains: [], sdgs: [], territories: [], partners: [], tags: [],
      metrics: [{ id: 'm', label: 'M', value: 1, direction: 'up', series: [] }],
    });
    expect(validateItem('talent', { id: 't', title: 'T' }, 0, () => {})).to.include({ status: 'open' });
    expect(validateItem('events', { id: 'e', title: 'E', start: '2025-05-20T18:30:00Z' }, 0, () => {})).to.include({ status: 'scheduled' });
  });

  it('ignores unknown fields silently', () => {
    const { warnings, report } = collect();
    const item = validateItem('organizations', { id: 'o', name: 'O', colour: 'red', nested: { deep: true } }, 0, report);
    expect(item).to.deep.equal({ id: 'o', visibility: 'public', name: 'O', territories: [] });
    expect(warnings).to.deep.equal([]);
  });

  it('drops an item without its required fields, naming the field and the item position', () => {
    const cases: [Parameters<typeof validateItem>[0], Record<string, unknown>, string][] = [
      ['projects', variant(VALID.projects, { id: undefined }), 'id: missing'],
      ['projects', variant(VALID.projects, { name: undefined }), 'name: missing'],
      ['organizations', variant(VALID.organizations, { name: '' }), 'name: missing'],
      ['talent', variant(VALID.talent, { title: 42 }), 'title: expected text'],
      ['events', variant(VALID.events, { start: undefined }), 'start: missing'],
    ];
    for (const [name, raw, reason] of cases) {
      const { warnings, report } = collect();
      expect(validateItem(name, raw, 3, report), reason).to.equal(undefined);
      const item = typeof raw.id == 'string' ? raw.id : '#3';
      expect(warnings).to.deep.equal([{ collection: name, item, field: '', reason, dropped: 'item' }]);
    }
  });

  it('drops a wrong-typed optional field, reports it, and keeps the rest', () => {
    const { warnings, report } = collect();
    const raw = variant(VALID.projects, { tagline: ['a list'], sdgs: [2, 18, '3'], stage: 'growing', 'metrics.0.target': 'lots' });
    const item = validateItem('projects', raw, 0, report)!;
    expect(item).to.not.have.property('tagline');
    expect(item).to.not.have.property('stage');
    expect(item.sdgs).to.deep.equal([2]);
    expect(item.metrics[0]).to.not.have.property('target');
    expect(item.metrics[0]!.value).to.equal(12000);
    expect(warnings.map((w) => [w.field, w.dropped])).to.deep.equal([
      ['tagline', 'field'], ['sdgs.1', 'field'], ['sdgs.2', 'field'], ['stage', 'field'], ['metrics.0.target', 'field'],
    ]);
    expect(warnings.find((w) => w.field == 'stage')!.reason).to.contain('"growing" is not one of: idea, prototype');
  });

  it('drops a nested object missing its own required field (a metric without value)', () => {
    const { warnings, report } = collect();
    const item = validateItem('projects', variant(VALID.projects, { 'metrics.0.value': null }), 0, report)!;
    expect(item.metrics).to.deep.equal([]);
    expect(warnings).to.deep.equal([
      { collection: 'projects', item: 'cantine-locale', field: 'metrics.0', reason: 'value: missing', dropped: 'field' },
    ]);
  });

  it('treats a mistyped visibility or status as fatal rather than guessing public or open', () => {
    const { warnings, report } = collect();
    expect(validateItem('projects', variant(VALID.projects, { visibility: 'privat' }), 0, report)).to.equal(undefined);
    expect(validateItem('talent', variant(VALID.talent, { status: 'Closed' }), 0, report)).to.equal(undefined);
    expect(warnings.map((w) => w.dropped)).to.deep.equal(['item', 'item']);
  });

  it('keeps text maps, dropping non-string and non-language entries', () => {
    const { warnings, report } = collect();
    const raw = JSON.parse('{"id":"o","name":{"fr":"Lab","en":7,"__proto__":"x","fr-CA":"Labo"}}');
    const item = validateItem('organizations', raw, 0, report)!;
    expect(item.name).to.deep.equal({ fr: 'Lab', 'fr-CA': 'Labo' });
    expect(Object.getPrototypeOf(item.name)).to.equal(Object.prototype);
    expect(warnings.map((w) => w.field)).to.deep.equal(['name.en', 'name.__proto__']);
  });

  it('cuts long text at its cap and drops over-long URLs', () => {
    const { warnings, report } = collect();
    const item = validateItem('projects', variant(VALID.projects, {
      name: 'n'.repeat(301), description: { fr: 'd'.repeat(5001) }, website: 'https://x.example/' + 'a'.repeat(2000), tags: ['t'.repeat(400)],
    }), 0, report)!;
    expect(item.name).to.equal('n'.repeat(300));
    expect(item.description).to.deep.equal({ fr: 'd'.repeat(5000) });
    expect(item.tags).to.deep.equal(['t'.repeat(300)]);
    expect(item).to.not.have.property('website');
    expect(warnings.map((w) => w.field)).to.deep.equal(['website']);
  });

  it('does not cut a character in half', () => {
    const item = validateItem('organizations', { id: 'o', name: 'a'.repeat(299) + '😀' }, 0, () => {})!;
    expect(item.name).to.equal('a'.repeat(299));
  });

  it('requires an offset on event times: drops the event for start, the field for end', () => {
    const { warnings, report } = collect();
    expect(validateItem('events', variant(VALID.events, { start: '2025-05-20T18:30' }), 0, report)).to.equal(undefined);
    expect(validateItem('events', variant(VALID.events, { start: '2025-05-20' }), 1, report)).to.equal(undefined);
    const kept = validateItem('events', variant(VALID.events, { end: '2025-05-20T21:00' }), 2, report)!;
    expect(kept).to.not.have.property('end');
    expect(validateItem('events', variant(VALID.events, { start: '2025-05-20T18:30Z', end: '2025-05-20T21:00:00.000-03:00' }), 3, report)).to.include({
      start: '2025-05-20T18:30Z', end: '2025-05-20T21:00:00.000-03:00',
    });
    expect(warnings.map((w) => [w.field, w.dropped])).to.deep.equal([['', 'item'], ['', 'item'], ['end', 'field']]);
  });

  it('accepts ISO-8601 dates and rejects what only looks like one', () => {
    for (const good of ['2025-03-01', '2025-03-01T10:00', '2025-03-01T10:00:00.5+01:00']) {
      expect(validateItem('organizations', { id: 'o', name: 'O', updatedAt: good }, 0, () => {})).to.have.property('updatedAt', good);
    }
    for (const bad of ['2025-13-01', '01/03/2025', 'March 1, 2025', '2025-03-01 10:00', 20250301, '2025-03-01T25:00']) {
      const { warnings, report } = collect();
      expect(validateItem('organizations', { id: 'o', name: 'O', updatedAt: bad }, 0, report), String(bad)).to.not.have.property('updatedAt');
      expect(warnings).to.have.length(1);
    }
  });

  it('keeps apply and registration as { url } or { email }, a mailto: URL becoming { email }', () => {
    const apply = (v: unknown) => validateItem('talent', { id: 't', title: 'T', apply: v }, 0, () => {})?.apply;
    expect(apply({ url: 'https://x.example/apply' })).to.deep.equal({ url: 'https://x.example/apply' });
    expect(apply({ email: 'jobs@lab.example' })).to.deep.equal({ email: 'jobs@lab.example' });
    expect(apply({ url: 'mailto:jobs@lab.example?subject=Hi' })).to.deep.equal({ email: 'jobs@lab.example' });
    expect(apply({ email: 'jobs@lab.example?cc=spy@evil.example' })).to.equal(undefined);
    expect(apply({ email: 'not an address' })).to.equal(undefined);
    expect(apply({ url: 'ftp://x.example/' })).to.equal(undefined);
    expect(apply('https://x.example/')).to.equal(undefined);
  });

  it('normalises territories and drops codes that are not French places', () => {
    const { warnings, report } = collect();
    const item = validateItem('organizations', { id: 'o', name: 'O', territories: [
      { insee: '2a004', name: 'Ajaccio' }, { department: '974' }, { region: '84' }, { scope: 'national' },
      { insee: '20004' }, { department: '96' }, { region: '12' }, { insee: 69123 }, { scope: 'world' }, 'Lyon',
    ] }, 0, report)!;
    expect(item.territories).to.deep.equal([
      { insee: '2A004', name: 'Ajaccio' }, { department: '974' }, { region: '84' }, { scope: 'national' },
    ]);
    expect(warnings.map((w) => w.field)).to.deep.equal([4, 5, 6, 7, 8, 9].map((i) => `territories.${i}`));
  });

  it('accepts a time zone the browser knows, in its canonical spelling', () => {
    const tz = (v: unknown) => validateItem('events', variant(VALID.events, { timezone: v }), 0, () => {})?.timezone;
    expect(tz('Europe/Paris')).to.equal('Europe/Paris');
    expect(tz('america/cayenne')).to.equal('America/Cayenne');
    expect(tz('Mars/Olympus')).to.equal(undefined);
  });
});

describe('validateCollection', () => {
  it('reads a collection document or a bare array', () => {
    const items = [VALID.organizations];
    expect(validateCollection('organizations', { version: 1, generatedAt: '2025-03-01T00:00:00Z', items }).items).to.have.length(1);
    expect(validateCollection('organizations', items).items).to.have.length(1);
  });

  it('reports a document it cannot read, or of another version, and returns no items', () => {
    for (const raw of [null, 'items', { items: 'x' }, { version: 2, items: [VALID.organizations] }]) {
      const { items, warnings } = validateCollection('organizations', raw);
      expect(items).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include({ collection: 'organizations', dropped: 'item' });
    }
  });

  it('drops private items without a warning, keeps unlisted ones', () => {
    const { items, warnings } = validateCollection('organizations', [
      { id: 'a', name: 'A', visibility: 'private' }, { id: 'b', name: 'B', visibility: 'unlisted' }, { id: 'c', name: 'C' },
    ]);
    expect(items.map((i) => i.id)).to.deep.equal(['b', 'c']);
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the first of two items with one id and reports the others', () => {
    const { items, warnings } = validateCollection('organizations', [
      { id: 'a', name: 'First' }, { id: 'a', name: 'Second' }, { id: 'b', name: 'B' }, { id: 'a', name: 'Third' },
    ]);
    expect(items.map((i) => i.name)).to.deep.equal(['First', 'B']);
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.deep.equal({ collection: 'organizations', item: 'a', field: '', reason: 'id: used by an earlier item', dropped: 'item' });
  });

  it('resolves relative URLs against the document URL when given one, and drops them otherwise', () => {
    const raw = [{ id: 'o', name: 'O', logo: 'img/logo.svg', website: '//coop.example/' }];
    expect(validateCollection('organizations', raw, 'https://feed.example/lab/organizations.json').items[0]).to.include({
      logo: 'https://feed.example/lab/img/logo.svg', website: 'https://coop.example/',
    });
    const { items, warnings } = validateCollection('organizations', raw);
    expect(items[0]).to.not.have.property('logo');
    expect(warnings.map((w) => w.field)).to.deep.equal(['website', 'logo']);
  });

  it('names an item without a usable id by its position', () => {
    const { warnings } = validateCollection('projects', [VALID.projects, { name: 'no id' }, { id: 7, name: 'numeric id' }]);
    expect(warnings.map((w) => w.item)).to.deep.equal(['#1', '#2']);
  });
});

describe('validateIndex', () => {
  const index = (changes: Record<string, unknown> = {}) =>
    variant({ feed: 'living-lab', version: 1, generatedAt: '2025-03-01T00:00:00Z', lab: { name: 'Lab', url: 'https://lab.example/' }, collections: { projects: 'projects.json' } }, changes);
  const url = 'https://feed.example/lab/index.json';

  const errorOf = (raw: unknown) => {
    try {
      validateIndex(raw, url);
    } catch (e) {
      return e;
    }
    throw new Error('did not throw');
  };

  it('throws not-a-feed for anything that is not a living-lab index', () => {
    for (const raw of [null, [], 'index', { feed: 'other', version: 1, collections: {} }, index({ collections: undefined }), index({ collections: [] })]) {
      const e = errorOf(raw);
      expect(e).to.be.instanceOf(FeedError);
      expect(e).to.include({ kind: 'not-a-feed', url });
      expect(isFeedError(e)).to.equal(true);
    }
  });

  it('throws unsupported-version for any version but 1', () => {
    for (const version of [2, '1', undefined, 0]) {
      expect(errorOf(index({ version }))).to.include({ kind: 'unsupported-version' });
    }
  });

  it('resolves collection URLs against the index URL and keeps them on its origin', () => {
    const { index: result, warnings } = validateIndex(index({ collections: {
      projects: 'projects.json', organizations: '/other/organizations.json', talent: 'https://cdn.example/talent.json', events: 'javascript:alert(1)',
    } }), url);
    expect(result.collections).to.deep.equal({
      projects: 'https://feed.example/lab/projects.json', organizations: 'https://feed.example/other/organizations.json',
    });
    expect(warnings.map((w) => w.field)).to.deep.equal(['collections.talent', 'collections.events']);
  });

  it('validates inline collections right away, resolving their relative URLs', () => {
    const { index: result, warnings } = validateIndex(index({ collections: {
      organizations: [{ id: 'o', name: 'O', logo: 'logo.svg' }, { id: 'p', name: 'P', visibility: 'private' }, { name: 'no id' }],
    } }), url);
    expect(result.collections.organizations).to.deep.equal([
      { id: 'o', visibility: 'public', name: 'O', logo: 'https://feed.example/lab/logo.svg', territories: [] },
    ]);
    expect(warnings).to.deep.equal([{ collection: 'organizations', item: '#2', field: '', reason: 'id: missing', dropped: 'item' }]);
  });

  it('keeps the lab, reporting a broken one instead of failing the feed', () => {
    expect(validateIndex(index(), url).index).to.deep.include({ lab: { name: 'Lab', url: 'https://lab.example/' }, generatedAt: '2025-03-01T00:00:00Z' });
    const { index: result, warnings } = validateIndex(index({ lab: 'Lab', generatedAt: 'yesterday' }), url);
    expect(result.lab).to.deep.equal({ name: '' });
    expect(result).to.not.have.property('generatedAt');
    expect(warnings.map((w) => w.field)).to.deep.equal(['lab', 'generatedAt']);
  });
});
