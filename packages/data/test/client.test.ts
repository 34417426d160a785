// The feed client over the real validator and the fault-injecting server: what a page gets
// from load() for each way a feed host can fail, and what reaches the host.
import { expect } from '@open-wc/testing';
import { createClient, type ClientOptions, type FeedClient, type Snapshot } from '../src/client/index.js';
import { isFeedError, type FeedError } from '../src/errors.js';
import type { DataWarning, Project } from '../src/types.js';
import {
  failOnUnhandledRejections,
  feedUrl,
  newSession,
  rejection,
  requestsFor,
  seen,
  sleep,
  switchScenario,
  until,
} from './client-helpers.js';

const client = (scenario: string, session: string, options: Partial<ClientOptions> = {}): FeedClient =>
  createClient({ src: feedUrl(scenario, session), retryDelay: 5, ...options });

async function loadError(promise: Promise<unknown>): Promise<FeedError> {
  const e = await rejection(promise);
  expect(isFeedError(e), String(e)).to.equal(true);
  return e as FeedError;
}

const ids = (snapshot: Snapshot<{ id: string }> | undefined) => snapshot?.items.map((item) => item.id);

describe('feed client', () => {
  failOnUnhandledRejections();

  describe('loading', () => {
    it('loads index.json, then only the collection asked for', async () => {
      const session = newSession();
      const projects = await client('ok', session).load('projects');
      expect(ids(projects)).to.deep.equal(['repair-cafe-network', 'mobilite-solidaire', 'cantine-locale']);
      expect(projects.stale).to.equal(false);
      expect(projects.error).to.equal(undefined);
      expect(projects.warnings).to.deep.equal([]);
      const { files } = await seen(session);
      expect(Object.keys(files).sort()).to.deep.equal(['index.json', 'projects.json']);
    });

    it('makes one request per document for 20 callers at once, and none within the TTL', async () => {
      const session = newSession();
      const c = client('ok', session, { ttl: 60_000 });
      const first = await Promise.all(Array.from({ length: 20 }, () => c.load('projects')));
      expect(await requestsFor(session, 'index.json')).to.equal(1);
      expect(await requestsFor(session, 'projects.json')).to.equal(1);
      expect(new Set(first).size, 'every caller gets the same snapshot').to.equal(1);

      const second = await Promise.all(Array.from({ length: 20 }, () => c.load('projects')));
      expect(second[0]).to.equal(first[0]);
      const { files } = await seen(session);
      expect([files['index.json']!.count, files['projects.json']!.count]).to.deep.equal([1, 1]);
    });

    it('after the TTL revalidates with If-None-Match, and a 304 keeps the data', async () => {
      const session = newSession();
      const c = client('no-store', session, { ttl: 100 });
      const first = await c.load('projects');
      const changes: Snapshot<Project>[] = [];
      c.watch('projects', (s) => changes.push(s));
      await sleep(150);
      const second = await c.load('projects');
      expect(second.items, 'served from memory at once').to.equal(first.items);
      await until(async () => (await requestsFor(session, 'index.json')) === 2, 'index revalidation');
      // The index's 304 is in before the collection is looked at again.
      await sleep(50);
      await c.load('projects');
      const { files } = await seen(session);
      for (const file of ['index.json', 'projects.json']) {
        const [initial, revalidation] = files[file]!.requests;
        expect(initial!.ifNoneMatch, file).to.equal(null);
        expect(revalidation!.ifNoneMatch, file).to.match(/^"[0-9a-f]+"$/);
      }
      await until(() => c.peek('projects')!.updatedAt > first.updatedAt, 'the 304 to refresh updatedAt');
      expect(c.peek('projects')!.items).to.equal(first.items);
      expect(changes).to.deep.equal([]);
    });

    it('tells watchers when the collection changed on the server (new ETag)', async () => {
      const session = newSession();
      const c = client('etag-change', session, { ttl: 100 });
      const first = await c.load('projects');
      const changed = new Promise<Snapshot<Project>>((resolve) => c.watch('projects', resolve));
      const events: string[] = [];
      c.addEventListener('change', (e) => events.push(e.detail.name));
      await sleep(150);
      await c.load('projects');
      const next = await changed;
      expect(next.items).to.not.equal(first.items);
      expect(next.items[0]!.updatedAt).to.not.equal(first.items[0]!.updatedAt);
      expect(next.stale).to.equal(false);
      expect(c.peek('projects')).to.equal(next);
      expect(await c.load('projects')).to.equal(next);
      expect(events).to.deep.equal(['projects']);
    });

    it('follows the index when it moves a collection to a new address', async () => {
      const session = newSession();
      const c = client('moved', session, { ttl: 100 });
      const first = await c.load('projects');
      const changed = new Promise<Snapshot<Project>>((resolve) => c.watch('projects', resolve));
      await sleep(150);
      expect(await c.load('projects'), 'the old address meanwhile').to.equal(first);
      const next = await changed;
      expect(next.items[0]!.updatedAt).to.not.equal(first.items[0]!.updatedAt);
      expect(c.peek('projects')).to.equal(next);
      const queries = (await seen(session)).files['projects.json']!.requests.map((r) => r.query);
      // The old address is revalidated too: the load after the TTL still had the old index.
      expect(queries.filter((q) => q === '?v=2')).to.have.length(1);
      expect(queries.at(-1)).to.equal('?v=2');
    });

    it('waits for a slow collection and gives it whole', async () => {
      const session = newSession();
      const c = client('slow', session);
      const started = performance.now();
      const loading = c.load('projects');
      await sleep(100);
      expect(c.peek('projects'), 'nothing half-loaded').to.equal(undefined);
      const projects = await loading;
      expect(performance.now() - started).to.be.at.least(300);
      expect(projects.items).to.have.length(3);
      expect((await seen(session)).files['projects.json']!.requests[0]!.query).to.equal('?delay=400');
    });

    it('validates collections inline in index.json without another request', async () => {
      const session = newSession();
      const c = client('inline', session);
      const events = await c.load('events');
      expect(ids(events)).to.deep.equal(['demo-day-printemps-2025', 'atelier-accessibilite-numerique']);
      expect((await c.load('talent')).items).to.have.length(2);
      expect((await c.load('organizations')).items).to.have.length(2);
      // The fixture feed is clean: any warning here is a validator or fixture regression.
      for (const name of ['projects', 'organizations', 'talent', 'events'] as const) {
        expect((await c.load(name)).warnings, name).to.deep.equal([]);
      }
      const { files } = await seen(session);
      expect(Object.keys(files)).to.deep.equal(['index.json']);
      expect(files['index.json']!.count).to.equal(1);
    });

    it('finds one item by id: unlisted yes, private never', async () => {
      const session = newSession();
      const c = client('bad-items', session);
      expect((await c.get('projects', 'cantine-locale'))?.visibility).to.equal('unlisted');
      expect(await c.get('projects', 'brouillon')).to.equal(undefined);
      expect(await c.get('projects', 'nowhere')).to.equal(undefined);
      expect(await requestsFor(session, 'projects.json')).to.equal(1);
    });
  });

  describe('faults, with nothing cached', () => {
    const cases: [scenario: string, kind: string, status?: number][] = [
      ['status-500', 'http', 500],
      ['404', 'http', 404],
      ['hang', 'timeout'],
      ['drop-mid-body', 'network'],
      ['invalid-json', 'invalid-json'],
      ['wrong-version', 'unsupported-version'],
      ['not-a-feed', 'not-a-feed'],
    ];
    for (const [scenario, kind, status] of cases) {
      it(`${scenario}: rejects with a FeedError of kind ${kind}`, async () => {
        const c = client(scenario, newSession(), { timeout: 300, retries: 1 });
        const error = await loadError(c.load('projects'));
        expect(error.kind, error.message).to.equal(kind);
        expect(error.status).to.equal(status);
        expect(error.url).to.contain('/index.json');
        expect(c.peek('projects')).to.equal(undefined);
      });
    }

    it('retries a 500 but not a 404', async () => {
      const failing = newSession();
      const missing = newSession();
      await loadError(client('status-500', failing, { retries: 2 }).load('projects'));
      await loadError(client('404', missing, { retries: 2 }).load('projects'));
      expect(await requestsFor(failing, 'index.json')).to.equal(3);
      expect(await requestsFor(missing, 'index.json')).to.equal(1);
    });

    it('rejects when the collection fails even though the index loaded', async () => {
      const session = newSession();
      await switchScenario(session, '404', 'projects.json');
      const error = await loadError(client('ok', session).load('projects'));
      expect([error.kind, error.status, error.url]).to.deep.equal(['http', 404, feedUrl('ok', session, 'projects.json')]);
    });
  });

  describe('faults, with data cached', () => {
    const cases: [scenario: string, kind: string][] = [
      ['status-500', 'http'],
      ['404', 'http'],
      ['hang', 'timeout'],
      ['drop-mid-body', 'network'],
      ['invalid-json', 'invalid-json'],
      ['wrong-version', 'unsupported-version'],
      ['not-a-feed', 'not-a-feed'],
    ];
    for (const [scenario, kind] of cases) {
      it(`${scenario}: keeps showing the cached items, stale, with the error`, async () => {
        const session = newSession();
        const c = client('ok', session, { timeout: 300, retries: 0 });
        const good = await c.load('projects');
        await switchScenario(session, scenario);
        const retried = await c.load('projects', { force: true });
        expect(retried.items).to.equal(good.items);
        expect(retried.stale).to.equal(true);
        expect(retried.error?.kind, retried.error?.message).to.equal(kind);
        expect(c.peek('projects')).to.equal(retried);
      });
    }

    it('goes stale in the background, tells watchers, and recovers on the next good answer', async () => {
      const session = newSession();
      const c = client('ok', session, { ttl: 100, retries: 0 });
      const good = await c.load('projects');
      const seenByWatcher: { stale: boolean; kind?: string; same: boolean }[] = [];
      c.watch('projects', (s) => seenByWatcher.push({ stale: s.stale, kind: s.error?.kind, same: s.items === good.items }));

      await switchScenario(session, 'status-503', 'projects.json');
      await sleep(150);
      expect(await c.load('projects'), 'served at once, before the refresh fails').to.equal(good);
      await until(() => seenByWatcher.length === 1, 'the stale notice');
      expect(seenByWatcher[0]).to.deep.equal({ stale: true, kind: 'http', same: true });

      await switchScenario(session, 'ok', 'projects.json');
      const back = await c.load('projects', { force: true });
      expect(back.stale).to.equal(false);
      expect(back.error).to.equal(undefined);
      expect(seenByWatcher[1]).to.deep.equal({ stale: false, kind: undefined, same: true });
    });
  });

  describe('cancellation', () => {
    it('closes the request when every caller aborted, and reports aborted to each', async () => {
      const session = newSession();
      const c = client('hang', session, { timeout: 30_000 });
      const callers = [new AbortController(), new AbortController()];
      const loads = callers.map((a) => c.load('projects', { signal: a.signal }));
      await until(() => requestsFor(session, 'index.json'), 'the request to reach the server');
      for (const a of callers) a.abort();
      for (const load of loads) expect((await loadError(load)).kind).to.equal('aborted');
      await until(async () => (await seen(session)).files['index.json']!.aborted === 1, 'the server to see it closed');
    });

    it('still delivers to the caller who stayed when the other aborted', async () => {
      const session = newSession();
      const c = client('slow', session);
      const leaving = new AbortController();
      const left = c.load('projects', { signal: leaving.signal });
      const stayed = c.load('projects', { signal: new AbortController().signal });
      await until(() => requestsFor(session, 'projects.json'), 'the collection request');
      leaving.abort();
      expect((await loadError(left)).kind).to.equal('aborted');
      expect((await stayed).items).to.have.length(3);
      expect((await seen(session)).files['projects.json']!.aborted).to.equal(0);
    });
  });

  describe('the feed host only', () => {
    it('refuses a collection on another origin, without requesting it', async () => {
      const session = newSession();
      const c = client('cross-origin', session);
      const projects = await c.load('projects');
      expect(projects.items).to.deep.equal([]);
      expect(projects.warnings.map((w) => [w.collection, w.field])).to.deep.equal([['index', 'collections.projects']]);
      expect((await c.load('events')).items, 'the rest of the feed still works').to.have.length(2);
      await sleep(50);
      expect(await requestsFor(session, 'projects.json')).to.equal(0);
    });
  });

  describe('warnings', () => {
    it('puts them in the snapshot and dispatches each once', async () => {
      const session = newSession();
      const fromOption: DataWarning[] = [];
      const c = client('bad-items', session, { onWarning: (w) => fromOption.push(w), ttl: 0 });
      const fromEvents: DataWarning[] = [];
      c.addEventListener('warning', (e) => fromEvents.push(e.detail));
      const projects = await c.load('projects');
      await c.load('projects');
      await c.load('projects', { force: true });
      expect(projects.warnings.map((w) => [w.item, w.field, w.dropped])).to.deep.equal([
        ['repair-cafe-network', 'website', 'field'],
        ['sans-nom', '', 'item'],
      ]);
      expect(fromEvents).to.deep.equal([...projects.warnings]);
      expect(fromOption).to.deep.equal(fromEvents);
      expect(ids(projects)).to.not.include('sans-nom');
    });

    it('gives each collection only its own inline warnings', async () => {
      const session = newSession();
      const c = client('inline', session);
      const projects = await c.load('projects');
      expect(projects.warnings.filter((w) => w.collection !== 'projects' && w.collection !== 'index')).to.deep.equal([]);
    });
  });
});
