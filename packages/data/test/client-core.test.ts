// The HTTP core alone, against the real fault-injecting server: what each fault turns into,
// how many requests reach the server, and what they carry.
import { expect } from '@open-wc/testing';
import { createCore, type CoreOptions, type Saved, type Store } from '../src/client/core.js';
import { FeedError, isFeedError } from '../src/errors.js';
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

interface Doc {
  version: 1;
  items?: { id: string; updatedAt?: string }[];
}

/** Just enough of a decoder to tell documents apart and to refuse one. */
function decode(url: string, json: unknown): Doc {
  if ((json as { version?: unknown } | null)?.version !== 1) {
    throw new FeedError('unsupported-version', `${url}: not version 1`, { url });
  }
  return json as Doc;
}

const core = (options: Partial<CoreOptions<Doc>> = {}) =>
  createCore<Doc>({ decode, origin: location.origin, retryDelay: 5, ...options });

async function expectFeedError(promise: Promise<unknown>, kind: string, status?: number): Promise<FeedError> {
  const e = await rejection(promise);
  expect(isFeedError(e), String(e)).to.equal(true);
  const error = e as FeedError;
  expect(error.kind, error.message).to.equal(kind);
  if (status !== undefined) expect(error.status).to.equal(status);
  return error;
}

describe('client core', () => {
  failOnUnhandledRejections();

  describe('cache and deduplication', () => {
    it('sends one request however many callers ask at once', async () => {
      const session = newSession();
      const c = core();
      const url = feedUrl('ok', session, 'projects.json');
      const entries = await Promise.all(Array.from({ length: 20 }, () => c.get(url)));
      expect(await requestsFor(session, 'projects.json')).to.equal(1);
      expect(new Set(entries.map((e) => e.value)).size).to.equal(1);
      expect(entries[0]!.value.items).to.have.length(3);
    });

    it('answers from memory within the TTL', async () => {
      const session = newSession();
      const c = core({ ttl: 60_000 });
      const url = feedUrl('ok', session, 'projects.json');
      const first = await c.get(url);
      const second = await Promise.all([c.get(url), c.get(url)]);
      expect(await requestsFor(session, 'projects.json')).to.equal(1);
      expect(second[0]).to.equal(first);
      expect(c.peek(url)).to.equal(first);
    });

    it('after the TTL serves the cached value at once and revalidates with its ETag; 304 keeps it', async () => {
      const session = newSession();
      let t = 1_000;
      const c = core({ ttl: 100, now: () => t });
      const url = feedUrl('no-store', session, 'projects.json');
      const first = await c.get(url);
      const changes: unknown[] = [];
      c.watch((_, entry) => changes.push(entry));
      t += 150;
      const second = await c.get(url);
      expect(second, 'served from cache without waiting').to.equal(first);
      const revalidation = await until(async () => (await seen(session)).files['projects.json']!.requests[1], 'revalidation');
      expect(revalidation.ifNoneMatch).to.match(/^"[0-9a-f]+"$/);
      expect(revalidation.ifModifiedSince).to.equal('Mon, 10 Mar 2025 07:30:00 GMT');
      await until(() => c.peek(url)!.updatedAt === t, '304 to be recorded');
      expect(c.peek(url)!.value, 'same data after 304').to.equal(first.value);
      expect(changes, 'a 304 is not a change').to.deep.equal([]);
    });

    it('replaces the value and tells watchers when the document changed (new ETag)', async () => {
      const session = newSession();
      let t = 0;
      const c = core({ ttl: 100, now: () => t });
      const url = feedUrl('etag-change', session, 'projects.json');
      const first = await c.get(url);
      const changed = new Promise<Doc>((resolve) => c.watch((u, entry) => u === url && resolve(entry.value)));
      t += 150;
      expect((await c.get(url)).value).to.equal(first.value);
      const next = await changed;
      expect(next).not.to.equal(first.value);
      expect(next.items![0]!.updatedAt).to.not.equal(first.value.items![0]!.updatedAt);
      expect((await c.get(url)).value).to.equal(next);
      const [initial, revalidation] = (await seen(session)).files['projects.json']!.requests;
      expect(initial!.ifNoneMatch).to.equal(null);
      expect(revalidation!.ifNoneMatch).to.not.equal(null);
    });

    it('force asks the server again within the TTL, conditionally and past the HTTP cache', async () => {
      const session = newSession();
      const c = core({ ttl: 60_000 });
      const url = feedUrl('ok', session, 'projects.json');
      const first = await c.get(url);
      const forced = await c.get(url, { force: true });
      expect(forced.value).to.equal(first.value);
      expect(forced.stale).to.equal(false);
      const [, again] = (await seen(session)).files['projects.json']!.requests;
      expect(again, 'a second request').to.not.equal(undefined);
      expect(again!.ifNoneMatch).to.not.equal(null);
      // Chromium says "revalidate" as max-age=0, others as no-cache; a plain fetch sends neither.
      expect(again!.cacheControl).to.be.oneOf(['no-cache', 'max-age=0']);
      expect((await seen(session)).files['projects.json']!.requests[0]!.cacheControl).to.equal(null);
    });
  });

  describe('failures', () => {
    it('retries a 500 and then reports it with its status', async () => {
      const session = newSession();
      await expectFeedError(core({ retries: 2 }).get(feedUrl('status-500', session, 'projects.json')), 'http', 500);
      expect(await requestsFor(session, 'projects.json')).to.equal(3);
    });

    it('recovers when the server comes back before the retries run out', async () => {
      const session = newSession();
      const entry = await core({ retries: 2 }).get(feedUrl('status-500-then-ok', session, 'projects.json'));
      expect(entry.value.items).to.have.length(3);
      expect(await requestsFor(session, 'projects.json')).to.equal(3);
    });

    it('does not retry a 404', async () => {
      const session = newSession();
      await expectFeedError(core({ retries: 2 }).get(feedUrl('404', session, 'projects.json')), 'http', 404);
      expect(await requestsFor(session, 'projects.json')).to.equal(1);
    });

    it('times out a server that never answers, without retrying, and closes the request', async () => {
      const session = newSession();
      const started = performance.now();
      await expectFeedError(core({ timeout: 200, retries: 2 }).get(feedUrl('hang', session, 'projects.json')), 'timeout');
      expect(performance.now() - started).to.be.within(190, 2000);
      expect(await requestsFor(session, 'projects.json')).to.equal(1);
      await until(async () => (await seen(session)).files['projects.json']!.aborted === 1, 'the server to see the request closed');
    });

    it('reports a connection dropped in the middle of the body as a network error, after retrying', async () => {
      const session = newSession();
      await expectFeedError(core({ retries: 1 }).get(feedUrl('drop-mid-body', session, 'projects.json')), 'network');
      expect(await requestsFor(session, 'projects.json')).to.equal(2);
    });

    it('reports invalid JSON without retrying', async () => {
      const session = newSession();
      await expectFeedError(core().get(feedUrl('invalid-json', session, 'projects.json')), 'invalid-json');
      expect(await requestsFor(session, 'projects.json')).to.equal(1);
    });

    it('passes on what the decoder throws, without retrying', async () => {
      const session = newSession();
      await expectFeedError(core().get(feedUrl('wrong-version', session, 'index.json')), 'unsupported-version');
      expect(await requestsFor(session, 'index.json')).to.equal(1);
    });

    it('refuses, without a request, a URL on another origin', async () => {
      const session = newSession();
      const elsewhere = feedUrl('ok', session, 'projects.json').replace('127.0.0.1', 'localhost');
      const error = await expectFeedError(core().get(elsewhere), 'network');
      expect(error.message).to.contain(location.origin);
      await expectFeedError(core().get('data:application/json,{"version":1}'), 'network');
      await sleep(50);
      expect(await requestsFor(session, 'projects.json')).to.equal(0);
    });

    it('keeps cached data when a refresh fails, marks it stale, and clears that when the server is back', async () => {
      const session = newSession();
      const c = core({ retries: 0 });
      const url = feedUrl('ok', session, 'projects.json');
      const good = await c.get(url);
      const changes: { stale: boolean; kind?: string }[] = [];
      c.watch((_, e) => changes.push({ stale: e.stale, kind: e.error?.kind }));

      await switchScenario(session, 'status-503');
      const stale = await c.get(url, { force: true });
      expect(stale.value).to.equal(good.value);
      expect(stale.stale).to.equal(true);
      expect(stale.error?.kind).to.equal('http');
      expect(stale.error?.status).to.equal(503);
      expect(stale.updatedAt, 'still dated from the last good answer').to.equal(good.updatedAt);

      await switchScenario(session, 'ok');
      const fresh = await c.get(url, { force: true });
      expect(fresh.stale).to.equal(false);
      expect(fresh.error).to.equal(undefined);
      expect(fresh.value).to.equal(good.value);
      expect(changes).to.deep.equal([{ stale: true, kind: 'http' }, { stale: false, kind: undefined }]);
    });
  });

  describe('cancellation', () => {
    it('aborts the request when every caller has given up', async () => {
      const session = newSession();
      const c = core({ timeout: 30_000 });
      const url = feedUrl('hang', session, 'projects.json');
      const a = new AbortController();
      const b = new AbortController();
      const first = c.get(url, { signal: a.signal });
      const second = c.get(url, { signal: b.signal });
      await until(() => requestsFor(session, 'projects.json'), 'the request to reach the server');
      a.abort();
      await expectFeedError(first, 'aborted');
      await sleep(50);
      expect((await seen(session)).files['projects.json']!.aborted, 'one caller is still waiting').to.equal(0);
      b.abort();
      await expectFeedError(second, 'aborted');
      await until(async () => (await seen(session)).files['projects.json']!.aborted === 1, 'the server to see the request closed');
    });

    it('lets the other callers have the data when one gives up', async () => {
      const session = newSession();
      const c = core();
      const url = feedUrl('slow', session, 'projects.json') + '?delay=300';
      const leaving = new AbortController();
      const left = c.get(url, { signal: leaving.signal });
      const staying = c.get(url, { signal: new AbortController().signal });
      const noSignal = c.get(url);
      await sleep(50);
      leaving.abort();
      await expectFeedError(left, 'aborted');
      expect((await staying).value.items).to.have.length(3);
      expect((await noSignal).value).to.equal((await staying).value);
      expect(await requestsFor(session, 'projects.json')).to.equal(1);
      expect((await seen(session)).files['projects.json']!.aborted).to.equal(0);
    });

    it('never starts a request for a caller that had already given up', async () => {
      const session = newSession();
      await expectFeedError(core().get(feedUrl('ok', session, 'projects.json'), { signal: AbortSignal.abort() }), 'aborted');
      await sleep(50);
      expect(await requestsFor(session, 'projects.json')).to.equal(0);
    });

    it('starts afresh after an abandoned request', async () => {
      const session = newSession();
      const c = core();
      const controller = new AbortController();
      const url = feedUrl('slow', session, 'projects.json') + '?delay=200';
      const abandoned = c.get(url, { signal: controller.signal });
      controller.abort();
      await expectFeedError(abandoned, 'aborted');
      expect((await c.get(url)).value.items).to.have.length(3);
    });
  });

  describe('privacy', () => {
    const probe = 'll-probe=1; path=/faults/';
    afterEach(() => {
      document.cookie = 'll-probe=; path=/faults/; max-age=0';
    });

    it('sends no cookie and no referrer, through the fetch the page supplies', async () => {
      const session = newSession();
      const url = feedUrl('ok', session, 'projects.json');
      document.cookie = probe;
      // Control: the browser would send that cookie to this path if asked to.
      await fetch(feedUrl('ok', session, 'organizations.json'), { credentials: 'include' });
      const calls: RequestInit[] = [];
      const pageFetch: typeof fetch = (input, init) => (calls.push(init ?? {}), fetch(input, init));
      await core({ fetch: pageFetch }).get(url);
      expect(calls).to.have.length(1);
      expect(calls[0]).to.include({ credentials: 'omit', referrerPolicy: 'no-referrer', mode: 'cors' });
      const { files } = await seen(session);
      expect(files['organizations.json']!.requests[0]!.cookie).to.equal('ll-probe=1');
      expect(files['projects.json']!.requests[0]).to.include({ cookie: null, referer: null });
    });
  });

  describe('store', () => {
    /** A store in memory: what the core reads and writes is the point here, not where it goes. */
    const memoryStore = () => {
      const saved = new Map<string, Saved<Doc>>();
      const store: Store<Doc> = { read: (url) => saved.get(url), write: (url, s) => void saved.set(url, s) };
      return { saved, store };
    };

    it('writes what it fetched with its validators, and serves it to a new core at once, then revalidates', async () => {
      const session = newSession();
      const { saved, store } = memoryStore();
      const url = feedUrl('no-store', session, 'projects.json');
      const first = await core({ store }).get(url);
      expect(saved.get(url)).to.deep.include({ value: first.value, updatedAt: first.updatedAt });
      expect(saved.get(url)!.etag).to.match(/^"[0-9a-f]+"$/);

      const restored = core({ store, ttl: 60_000 });
      expect(restored.peek(url)?.value).to.deep.equal(first.value);
      expect((await restored.get(url)).updatedAt, 'restored as it was').to.equal(first.updatedAt);
      await until(async () => (await requestsFor(session, 'projects.json')) === 2, 'revalidation of the restored value');
      const revalidation = (await seen(session)).files['projects.json']!.requests[1]!;
      expect(revalidation.ifNoneMatch).to.equal(saved.get(url)!.etag);
      await until(() => restored.peek(url)!.updatedAt > first.updatedAt, 'the 304');
    });
  });
});
