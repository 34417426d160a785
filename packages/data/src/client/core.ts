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

interface Cached<T> {
  entry: Entry<T>;
  etag?: string | null;
  lastModified?: string | null;
  /** When the server last answered with `entry.value` (-Infinity: restored, never checked). */
  checked: number;
}

interface Flight<T> {
  promise: Promise<Cached<T>>;
  controller: AbortController;
  /** Callers still waiting; Infinity once one without a signal joined (it can never give up). */
  waiting: number;
}

export function createCore<T>(options: CoreOptions<T>): Core<T> {
  const { decode, origin, store, ttl = 3e5, timeout = 1e4, retries = 2, retryDelay = 300 } = options;
  // Taken out of `options`: called as `options.fetch()` the browser's fetch throws "Illegal invocation".
  const fetchFn = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const records = new Map<string, Cached<T>>();
  const flights = new Map<string, Flight<T>>();
  const listeners = new Set<(url: string, entry: Entry<T>) => void>();
  // Conditional headers are not CORS-safelisted: cross-origin they would cost a preflight that
  // many static hosts refuse. There, `cache: 'no-cache'` makes the browser revalidate instead,
  // and an unchanged ETag tells us the answer is the same document.
  const conditional = origin === globalThis.location?.origin;

  const error = (kind: FeedErrorKind, message: string, url: string, status?: number, cause?: unknown) =>
    new FeedError(kind, message, { url, status, cause });
  const aborted = (url: string) => error('aborted', `Request for ${url} was aborted`, url);

  const record = (url: string): Cached<T> | undefined => {
    let r = records.get(url);
    const saved = !r && store?.read(url);
    if (saved) {
      r = {
        entry: { value: saved.value, stale: false, updatedAt: saved.updatedAt },
        etag: saved.etag,
        lastModified: saved.lastModified,
        checked: -Infinity,
      };
      records.set(url, r);
    }
    return r;
  };

  const sleep = (ms: number, signal: AbortSignal, url: string) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, ms);
      signal.addEventListener('abort', () => (clearTimeout(timer), reject(aborted(url))), { once: true });
    });

  /** One request; resolves with the record the cache should hold after it. */
  async function attempt(url: string, old: Cached<T> | undefined, signal: AbortSignal): Promise<Cached<T>> {
    const controller = new AbortController();
    const stop = () => controller.abort();
    let timedOut = false;
    const timer = setTimeout(() => ((timedOut = true), stop()), timeout);
    signal.addEventListener('abort', stop);
    // Aborted between a backoff and this attempt: the event is gone, the state is not.
    if (signal.aborted) stop();
    try {
      let response: Response;
      let text: string;
      try {
        const headers: Record<string, string> = {};
        if (old && conditional) {
          if (old.etag) headers['if-none-match'] = old.etag;
          if (old.lastModified) headers['if-modified-since'] = old.lastModified;
        }
        response = await fetchFn(url, {
          headers,
          // Never cookies or HTTP auth: the feed is public, and the host page's visitors are not
          // the feed host's business. No referrer either: the Origin header already says which
          // site embeds the feed; the page's path and query may say who the visitor is.
          credentials: 'omit',
          mode: 'cors',
          referrerPolicy: 'no-referrer',
          // A revalidation must reach the server, not a copy the HTTP cache holds for max-age.
          cache: old ? 'no-cache' : 'default',
          signal: controller.signal,
        });
        const etag = response.headers.get('etag');
        if (old && (response.status == 304 || (response.ok && etag && etag == old.etag))) {
          void response.body?.cancel();
          const t = now();
          return { ...old, entry: { value: old.entry.value, stale: false, updatedAt: t }, checked: t };
        }
        if (!response.ok) {
          throw error('http', `${url} answered HTTP ${response.status}`, url, response.status);
        }
        text = await response.text();
      } catch (e) {
        if (isFeedError(e)) throw e;
        throw signal.aborted
          ? aborted(url)
          : timedOut
            ? error('timeout', `No answer from ${url} within ${timeout} ms`, url)
            : error('network', `Could not reach ${url}`, url, undefined, e);
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        throw error('invalid-json', `${url} is not valid JSON`, url, undefined, e);
      }
      const t = now();
      return {
        entry: { value: decode(url, json), stale: false, updatedAt: t },
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
        checked: t,
      };
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', stop);
    }
  }

  async function request(url: string, signal: AbortSignal): Promise<Cached<T>> {
    const old = record(url);
    let next: Cached<T>;
    try {
      for (let n = 0; ; n++) {
        try {
          next = await attempt(url, old, signal);
          break;
        } catch (e) {
          const kind = (e as FeedError).kind;
          // 4xx, bad JSON and bad feeds will be the same next time; timeouts already waited long.
          if (n >= retries || !(kind == 'network' || (kind == 'http' && (e as FeedError).status! >= 500))) throw e;
          await sleep(retryDelay * 2 ** n * (0.5 + Math.random()), signal, url);
        }
      }
    } catch (e) {
      const failure = isFeedError(e) ? e : error('not-a-feed', String(e), url, undefined, e);
      if (!old || failure.kind == 'aborted') throw failure;
      // Keep serving what we had, and say it may be out of date.
      next = { ...old, entry: { ...old.entry, stale: true, error: failure } };
    }
    records.set(url, next);
    const changed = next.entry.value !== old?.entry.value;
    if (changed) {
      const { etag, lastModified, entry } = next;
      store?.write(url, { value: entry.value, updatedAt: entry.updatedAt, etag, lastModified });
    }
    if (old && (changed || old.entry.stale || next.entry.stale)) {
      for (const listener of listeners) listener(url, next.entry);
    }
    return next;
  }

  /** Joins (or starts) the one request for `url`. */
  function join(url: string, signal?: AbortSignal): Promise<Cached<T>> {
    if (signal?.aborted) return Promise.reject(aborted(url));
    let flight = flights.get(url);
    if (!flight) {
      const controller = new AbortController();
      const promise = request(url, controller.signal).finally(() => {
        if (flights.get(url) == flight) flights.delete(url);
      });
      flights.set(url, (flight = { promise, controller, waiting: 0 }));
    }
    const f = flight;
    f.waiting += signal ? 1 : Infinity;
    return new Promise((resolve, reject) => {
      const leave = () => {
        reject(aborted(url));
        if (!--f.waiting) {
          if (flights.get(url) == f) flights.delete(url);
          f.controller.abort();
        }
      };
      signal?.addEventListener('abort', leave, { once: true });
      void f.promise.then(resolve, reject).finally(() => signal?.removeEventListener('abort', leave));
    });
  }

  return {
    async get(url, { signal, force } = {}) {
      let allowed = false;
      try {
        const target = new URL(url);
        allowed = target.origin == origin && /^https?:$/.test(target.protocol);
      } catch {
        // not a URL: refused below
      }
      if (!allowed) {
        throw error('network', `Refused to request ${url}: only ${origin} may be asked`, url);
      }
      const r = record(url);
      if (r && !force) {
        if (now() - r.checked >= ttl) join(url).catch(() => {});
        return r.entry;
      }
      return (await join(url, signal)).entry;
    },
    peek: (url) => record(url)?.entry,
    watch(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
