/**
 * The HTTP core of the feed client: one fetch path for every document of the feed.
 *
 * It knows nothing of the feed's shape (it is handed a `decode`), only of HTTP: in-flight
 * deduplication, an in-memory cache with stale-while-revalidate and conditional requests,
 * timeout, retries with backoff, shared cancellation, typed errors, and the rule that nothing
 * is requested from any origin but the feed's. Kept small on purpose: it ships on every page.
 */
import { FeedError, isFeedError, type FeedErrorKind } from '../errors.js';

/** What the core knows about one URL. A new object whenever any of it changes. */
export interface Entry<T> {
  readonly value: T;
  /** The last refresh failed (see `error`); `value` is the last good one. */
  readonly stale: boolean;
  readonly error?: FeedError;
  /** When the server last confirmed `value` (ms since the epoch). */
  readonly updatedAt: number;
}

/** What a store keeps per URL: the decoded value, and the validators to revalidate it with. */
export interface Saved<T> {
  readonly value: T;
  readonly updatedAt: number;
  readonly etag?: string | null;
  readonly lastModified?: string | null;
}

/** Somewhere to keep values across page loads. Must never throw. */
export interface Store<T> {
  read(url: string): Saved<T> | undefined;
  write(url: string, saved: Saved<T>): void;
}

export interface CoreOptions<T> {
  /** Turns parsed JSON into a value; throws a `FeedError` when the document is unusable. */
  decode: (url: string, json: unknown) => T;
  /** The only origin requests may go to: the feed's. */
  origin: string;
  fetch?: typeof fetch;
  /** How long a value is fresh, in ms (default 5 min); after it, it is served and revalidated. */
  ttl?: number;
  /** Per attempt, headers and body included, in ms (default 10 s). */
  timeout?: number;
  /** Extra attempts after a network error or a 5xx (default 2). */
  retries?: number;
  /** First backoff in ms, doubled each retry, ±50 % jitter (default 300). */
  retryDelay?: number;
  /** Values restored from here are served at once and revalidated on first use. */
  store?: Store<T>;
  now?: () => number;
}

export interface GetOptions {
  /** This caller stops waiting when it aborts; the request stops when every caller has. */
  signal?: AbortSignal;
  /** Ask the server now, whatever the TTL, and wait for its answer. */
  force?: boolean;
}

export interface Core<T> {
  /**
   * The value for `url`: from cache when fresh; from cache at once, revalidating in the
   * background, when expired; from the network otherwise. Rejects with a `FeedError` only
   * when nothing is cached; a failed refresh of a cached value resolves with `stale: true`.
   */
  get(url: string, options?: GetOptions): Promise<Entry<T>>;
  peek(url: string): Entry<T> | undefined;
  /** Called when a cached value is replaced or its `stale` state changes. */
  watch(listener: (url: string, entry: Entry<T>) => void): () => void;
}

/** An entry with what it takes to revalidate it; `peek` and `get` hand it out as an `Entry`. */
interface Cached<T> extends Entry<T>, Saved<T> {
  /** When the server last answered with `value` (-Infinity: restored, never checked). */
  readonly checked: number;
}

interface Flight<T> {
  promise: Promise<Cached<T>>;
  controller: AbortController;
  /** Callers still waiting; Infinity once one without a signal joined (it can never give up). */
  waiting: number;
}

export function createCore<T>({
  decode,
  origin,
  store,
  // A plain binding: called as `options.fetch()`, the browser's fetch throws "Illegal invocation".
  fetch: fetchFn = fetch,
  ttl = 3e5,
  timeout = 1e4,
  retries = 2,
  retryDelay = 300,
  now = Date.now,
}: CoreOptions<T>): Core<T> {
  const records = new Map<string, Cached<T>>();
  const flights = new Map<string, Flight<T>>();
  const listeners = new Set<(url: string, entry: Entry<T>) => void>();
  // Conditional headers are not CORS-safelisted: cross-origin they would cost a preflight that
  // many static hosts refuse. There, `cache: 'no-cache'` makes the browser revalidate instead,
  // and an unchanged ETag tells us the answer is the same document.
  const conditional = origin === globalThis.location?.origin;

  /** Every error names the URL first: `https://lab.example/feed/index.json: HTTP 404`. */
  const fail = (kind: FeedErrorKind, url: string, what: string, cause?: unknown, status?: number) =>
    new FeedError(kind, `${url}: ${what}`, { url, status, cause });
  const aborted = (url: string) => fail('aborted', url, 'aborted');

  const record = (url: string): Cached<T> | undefined => {
    const saved = !records.has(url) && store?.read(url);
    if (saved) records.set(url, { ...saved, stale: false, checked: -Infinity });
    return records.get(url);
  };

  /** The request for `url`: resolves with the record the cache holds after it. */
  async function request(url: string, controller: AbortController): Promise<Cached<T>> {
    const old = record(url);
    const signal = controller.signal;
    let next: Cached<T> | undefined;
    for (let n = 0; !next; n++) {
      let timedOut = false;
      // A timeout aborts the whole request: it is not retried, so nothing else would use it.
      const timer = setTimeout(() => ((timedOut = true), controller.abort()), timeout);
      try {
        const headers: Record<string, string> = {};
        if (old && conditional) {
          if (old.etag) headers['if-none-match'] = old.etag;
          if (old.lastModified) headers['if-modified-since'] = old.lastModified;
        }
        const response = await fetchFn(url, {
          headers,
          // Never cookies or HTTP auth: the feed is public, and the host page's visitors are not
          // the feed host's business. No referrer either: the Origin header already says which
          // site embeds the feed; the page's path and query may say who the visitor is.
          credentials: 'omit',
          mode: 'cors',
          referrerPolicy: 'no-referrer',
          // A revalidation must reach the server, not a copy the HTTP cache holds for max-age.
          cache: old ? 'no-cache' : 'default',
          signal,
        });
        const etag = response.headers.get('etag');
        const t = now();
        if (old && (response.status == 304 || (response.ok && etag && etag == old.etag))) {
          void response.body?.cancel();
          next = { ...old, stale: false, error: undefined, updatedAt: t, checked: t };
        } else if (!response.ok) {
          throw fail('http', url, 'HTTP ' + response.status, undefined, response.status);
        } else {
          const json: unknown = await response.json();
          next = { value: decode(url, json), stale: false, updatedAt: t, checked: t, etag, lastModified: response.headers.get('last-modified') };
        }
      } catch (e) {
        const error = isFeedError(e) ? e
          : timedOut ? fail('timeout', url, `no answer within ${timeout} ms`)
          : signal.aborted ? aborted(url)
          : fail(e instanceof SyntaxError ? 'invalid-json' : 'network', url, String(e), e);
        // 4xx, bad JSON and bad feeds will be the same next time; timeouts already waited long.
        if (n < retries && (error.kind == 'network' || (error.kind == 'http' && error.status! >= 500))) {
          // Backoff, cut short when the request is abandoned (a later abort finds it settled: no-op).
          await new Promise((resolve, reject) => {
            setTimeout(resolve, retryDelay * 2 ** n * (0.5 + Math.random()));
            signal.addEventListener('abort', () => reject(aborted(url)));
          });
        } else if (!old || error.kind == 'aborted') {
          throw error;
        } else {
          // Keep serving what we had, and say it may be out of date.
          next = { ...old, stale: true, error };
        }
      } finally {
        clearTimeout(timer);
      }
    }
    records.set(url, next);
    const changed = next.value !== old?.value;
    if (changed) store?.write(url, next);
    if (old && (changed || old.stale || next.stale)) {
      for (const listener of listeners) listener(url, next);
    }
    return next;
  }

  /** Joins (or starts) the one request for `url`. */
  function join(url: string, signal?: AbortSignal): Promise<Cached<T>> {
    if (signal?.aborted) return Promise.reject(aborted(url));
    let flight = flights.get(url);
    if (!flight) {
      const controller = new AbortController();
      const promise = request(url, controller).finally(() => {
        if (flights.get(url) == flight) flights.delete(url);
      });
      flights.set(url, (flight = { promise, controller, waiting: 0 }));
    }
    const f = flight;
    f.waiting += signal ? 1 : Infinity;
    return new Promise((resolve, reject) => {
      const leave = () => {
        reject(aborted(url));
        // The last caller gone: stop the request, and let the next caller start afresh.
        if (!--f.waiting) {
          flights.delete(url);
          f.controller.abort();
        }
      };
      signal?.addEventListener('abort', leave, { once: true });
      void f.promise.then(resolve, reject).finally(() => signal?.removeEventListener('abort', leave));
    });
  }

  return {
    async get(url, { signal, force } = {}) {
      // Only absolute URLs on the feed's origin: the origin is followed by the path's slash, so
      // neither another host, nor user info, nor another scheme (`blob:`) can pass.
      if (!url.startsWith(origin + '/')) throw fail('network', url, `refused: only ${origin} may be asked`);
      const r = record(url);
      if (r && !force) {
        if (now() - r.checked >= ttl) join(url).catch(() => {});
        return r;
      }
      return join(url, signal);
    },
    peek: record,
    watch(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
