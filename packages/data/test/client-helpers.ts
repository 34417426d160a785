// Shared by the client*.test.ts files: addresses on the fault-injecting feed server
// (test/server/feed-server.js) and what it saw.
import { expect } from '@open-wc/testing';

export interface SeenRequest {
  scenario: string;
  query: string;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  cacheControl: string | null;
  cookie: string | null;
  referer: string | null;
}

export interface Seen {
  files: Record<string, { count: number; requests: SeenRequest[]; aborted: number } | undefined>;
  preflights: number;
}

/** A fresh token, so this test's counters are its own. */
export const newSession = (): string => crypto.randomUUID();

/** The URL of a scripted feed (its folder when `file` is empty). */
export const feedUrl = (scenario: string, session: string, file = ''): string =>
  new URL(`/faults/${scenario}/${session}/${file}`, location.origin).href;

export async function seen(session: string): Promise<Seen> {
  const response = await fetch(`/faults/_count/${session}`, { cache: 'no-store' });
  return (await response.json()) as Seen;
}

/** How many requests `file` got in this session. */
export async function requestsFor(session: string, file: string): Promise<number> {
  return (await seen(session)).files[file]?.count ?? 0;
}

/** Switches the session's scenario from now on, for every file or just `file`. */
export async function switchScenario(session: string, scenario: string, file?: string): Promise<void> {
  const query = new URLSearchParams({ scenario, ...(file ? { file } : {}) });
  const response = await fetch(`/faults/_set/${session}?${query}`, { cache: 'no-store' });
  expect(response.ok, `switching to ${scenario}`).to.equal(true);
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` returns something truthy; fails the test after `timeout` ms. */
export async function until<T>(check: () => T | Promise<T>, what: string, timeout = 3000): Promise<NonNullable<T>> {
  const end = performance.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** The rejection a promise ends with; fails the test when it resolves instead. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection, got a value');
}

/**
 * Fails the current test if any promise rejection went unhandled during it: the client runs
 * work in the background, and a forgotten rejection there is a bug even if every assertion passed.
 */
export function failOnUnhandledRejections(): void {
  let unhandled: unknown[] = [];
  const listen = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
  before(() => window.addEventListener('unhandledrejection', listen));
  after(() => window.removeEventListener('unhandledrejection', listen));
  beforeEach(() => {
    unhandled = [];
  });
  afterEach(async () => {
    // Rejections are reported as unhandled only after a turn of the event loop.
    await sleep(30);
    expect(unhandled.map(String), 'unhandled rejections').to.deep.equal([]);
  });
}
