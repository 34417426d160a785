// What the client leaves in the browser: nothing unless asked, and with `persist: 'session'`
// a snapshot the next client (the next page of the visit) can show at once.
import { expect } from '@open-wc/testing';
import { createClient, type ClientOptions } from '../src/client/index.js';
import { failOnUnhandledRejections, feedUrl, newSession, requestsFor, seen, until } from './client-helpers.js';

// The server forbids the browser's HTTP cache here, so any conditional request is the client's own,
// made from the validators it stored.
const SCENARIO = 'no-store';
const client = (session: string, options: Partial<ClientOptions> = {}) =>
  createClient({ src: feedUrl(SCENARIO, session), retryDelay: 5, ...options });

const ourKeys = (storage: Storage) =>
  Array.from({ length: storage.length }, (_, i) => storage.key(i)!).filter((key) => key.startsWith('living-lab:'));

describe('feed client storage', () => {
  failOnUnhandledRejections();
  afterEach(() => {
    for (const key of ourKeys(sessionStorage)) sessionStorage.removeItem(key);
  });

  it('writes nothing anywhere by default: no storage, no cookie', async () => {
    const session = newSession();
    const before = { session: sessionStorage.length, local: localStorage.length };
    const c = client(session);
    await c.load('projects');
    await c.load('events');
    await c.load('projects', { force: true });
    expect({ session: sessionStorage.length, local: localStorage.length }).to.deep.equal(before);
    expect(document.cookie).to.equal('');
    const requests = Object.values((await seen(session)).files).flatMap((f) => f!.requests);
    expect(requests.map((r) => r.cookie).filter(Boolean)).to.deep.equal([]);
  });

  it("with persist: 'session', a new client shows the last snapshot at once and revalidates it", async () => {
    const session = newSession();
    const first = await client(session, { persist: 'session' }).load('projects');
    const indexUrl = feedUrl(SCENARIO, session, 'index.json');
    expect(ourKeys(sessionStorage).sort()).to.deep.equal([
      `living-lab:1:index:${indexUrl}`,
      `living-lab:1:projects:${feedUrl(SCENARIO, session, 'projects.json')}`,
    ]);
    expect(ourKeys(localStorage)).to.deep.equal([]);
    expect(document.cookie).to.equal('');

    const next = client(session, { persist: 'session' });
    const shown = next.peek('projects');
    expect(shown?.items, 'available before any request').to.deep.equal(first.items);
    expect(shown?.updatedAt).to.equal(first.updatedAt);
    expect(shown?.stale).to.equal(false);
    const loaded = await next.load('projects');
    expect(loaded.items).to.deep.equal(first.items);

    await until(async () => (await requestsFor(session, 'projects.json')) === 2, 'revalidation of the stored snapshot');
    const { files } = await seen(session);
    expect(files['index.json']!.requests[1]!.ifNoneMatch).to.match(/^"[0-9a-f]+"$/);
    expect(files['projects.json']!.requests[1]!.ifNoneMatch).to.match(/^"[0-9a-f]+"$/);
    await until(() => next.peek('projects')!.updatedAt > first.updatedAt, 'the 304');
  });

  it('without persist, a new client does not see what a persisting one stored', async () => {
    const session = newSession();
    await client(session, { persist: 'session' }).load('projects');
    expect(client(session).peek('projects')).to.equal(undefined);
  });

  it('ignores what it cannot read back: garbage, or another shape', async () => {
    const session = newSession();
    const indexUrl = feedUrl(SCENARIO, session, 'index.json');
    const projectsUrl = feedUrl(SCENARIO, session, 'projects.json');
    sessionStorage.setItem(`living-lab:1:index:${indexUrl}`, '{"value": {"index": "nope"}, "updatedAt": 1}');
    sessionStorage.setItem(`living-lab:1:projects:${projectsUrl}`, '<<not json');
    const c = client(session, { persist: 'session' });
    expect(c.peek('projects')).to.equal(undefined);
    expect((await c.load('projects')).items).to.have.length(3);
    expect(await requestsFor(session, 'projects.json')).to.equal(1);
  });

  it('still works when sessionStorage is full', async () => {
    const session = newSession();
    const filler: string[] = [];
    try {
      // Fill it for real until the browser says no: what a site with a heavy session looks like.
      for (let i = 0; ; i++) {
        try {
          sessionStorage.setItem(`ll-filler-${i}`, 'x'.repeat(1 << 20));
          filler.push(`ll-filler-${i}`);
        } catch {
          break;
        }
      }
      expect(filler.length, 'storage filled').to.be.greaterThan(0);
      const projects = await client(session, { persist: 'session' }).load('projects');
      expect(projects.items).to.have.length(3);
    } finally {
      for (const key of filler) sessionStorage.removeItem(key);
    }
  });

  it('still works when storage is forbidden (sandboxed frame, blocked site data)', async () => {
    const session = newSession();
    const own = Object.getOwnPropertyDescriptor(window, 'sessionStorage');
    Object.defineProperty(window, 'sessionStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    try {
      expect(() => window.sessionStorage, 'storage is really unreachable').to.throw();
      const c = client(session, { persist: 'session' });
      expect(c.peek('projects')).to.equal(undefined);
      expect((await c.load('projects')).items).to.have.length(3);
    } finally {
      if (own) Object.defineProperty(window, 'sessionStorage', own);
      else delete (window as { sessionStorage?: Storage }).sessionStorage;
    }
    expect(window.sessionStorage).to.be.instanceOf(Storage);
  });
});
