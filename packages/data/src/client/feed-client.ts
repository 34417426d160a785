/**
 * The feed client: index.json first (shared by everyone), then only the collections asked for,
 * each validated once and served from one cache to every element of the page.
 */
import type { FeedError } from '../errors.js';
import { findById } from '../query/find.js';
import type { CollectionItems, CollectionName, DataWarning, FeedIndex } from '../types.js';
import { validateCollection } from '../validate/item.js';
import { validateIndex } from '../validate/feed-index.js';
import { isRecord } from '../validate/scalars.js';
import { createCore, type Entry } from './core.js';
import { sessionStore } from './session-store.js';
import { indexUrlOf } from './source.js';

/** One collection as the page sees it. A new object only when something in it changed. */
export interface Snapshot<T> {
  readonly items: readonly T[];
  /** Shown from cache: the last refresh failed, with `error`. */
  readonly stale: boolean;
  readonly error?: FeedError;
  /** What validation dropped, in index.json (for this collection) and in the collection. */
  readonly warnings: readonly DataWarning[];
  /** When the server last confirmed these items (ms since the epoch). */
  readonly updatedAt: number;
}

export interface ClientOptions {
  /** The feed's folder, or its index.json; relative to the page's base URI. */
  src: string;
  /** The page's own fetch, if it has one (a wrapper for logging, a service-worker-aware one…). */
  fetch?: typeof fetch;
  /** Freshness in ms (default 5 min): after it, data is served at once and revalidated. */
  ttl?: number;
  /** Per request, in ms (default 10 s). */
  timeout?: number;
  /** Extra attempts after network errors and 5xx (default 2). */
  retries?: number;
  /** First backoff in ms (default 300), doubled each retry. */
  retryDelay?: number;
  /** `session`: keep validated documents in sessionStorage for the next page. Off by default. */
  persist?: 'session' | false;
  /** Same as listening to the client's `warning` event. */
  onWarning?: (warning: DataWarning) => void;
}

export interface LoadOptions {
  /** Stop waiting; the request itself stops once nobody waits for it. */
  signal?: AbortSignal;
  /** Ask the server again now (the retry button), whatever the TTL. */
  force?: boolean;
}

export interface FeedChange<K extends CollectionName = CollectionName> {
  readonly name: K;
  readonly snapshot: Snapshot<CollectionItems[K]>;
}

export interface FeedClientEventMap {
  /** A problem validation found in the feed, dispatched once per problem. */
  warning: CustomEvent<DataWarning>;
  /** A collection's items or stale state changed after it was delivered (background refresh). */
  change: CustomEvent<FeedChange>;
}

/**
 * The page's view of one feed. It is an `EventTarget`: `warning` and `change` events
 * (see `FeedClientEventMap`); `watch` and `onWarning` are shorthands for them.
 */
export interface FeedClient extends EventTarget {
  /** `src` as given. */
  readonly src: string;
  /** The resolved, absolute URL of index.json. */
  readonly indexUrl: string;
  /**
   * The collection: from memory when fresh, at once from memory while revalidating when not,
   * else from the network. Rejects with a `FeedError` only when there is nothing to show.
   */
  load<K extends CollectionName>(name: K, options?: LoadOptions): Promise<Snapshot<CollectionItems[K]>>;
  /** What `load` would resolve with right now, without asking the network; lets elements skip a loading state. */
  peek<K extends CollectionName>(name: K): Snapshot<CollectionItems[K]> | undefined;
  /** Called with each new snapshot of `name` after it changed in the background; returns the unsubscribe. */
  watch<K extends CollectionName>(name: K, listener: (snapshot: Snapshot<CollectionItems[K]>) => void): () => void;
  /** One item by id: unlisted ones included, private ones never. */
  get<K extends CollectionName>(name: K, id: string, options?: LoadOptions): Promise<CollectionItems[K] | undefined>;
  addEventListener<E extends keyof FeedClientEventMap>(
    type: E,
    listener: (event: FeedClientEventMap[E]) => void,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<E extends keyof FeedClientEventMap>(
    type: E,
    listener: (event: FeedClientEventMap[E]) => void,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions): void;
}

interface IndexDoc {
  index: FeedIndex;
  warnings: readonly DataWarning[];
}
interface CollectionDoc {
  items: readonly CollectionItems[CollectionName][];
  warnings: readonly DataWarning[];
}
type AnySnapshot = Snapshot<CollectionItems[CollectionName]>;

/** What another version of this code may have left in storage must not pass for a document. */
const restorable = (isIndex: boolean, v: unknown) =>
  isRecord(v) && Array.isArray(v.warnings) && (isIndex ? isRecord(isRecord(v.index) && v.index.collections) : Array.isArray(v.items));

/** A client of its own; `clientFor` shares one per feed across the page. */
export function createClient(options: ClientOptions): FeedClient {
  const { src, onWarning } = options;
  const indexUrl = indexUrlOf(src);
  const client = Object.assign(new EventTarget(), { src, indexUrl, load, peek, watch, get }) as FeedClient;
  /** The collection each document URL holds, as the index said: how the core knows what it fetched. */
  const names = new Map<string, CollectionName>();
  /** The last snapshot handed out per collection: what `change` events compare against. */
  const delivered = new Map<CollectionName, AnySnapshot>();
  /** Built snapshots, kept so that unchanged inputs give the very same object. */
  const built = new Map<CollectionName, [Entry<IndexDoc>, Entry<CollectionDoc> | undefined, AnySnapshot]>();
  const reported = new WeakSet<DataWarning>();
  const isIndex = (url: string) => url == indexUrl;

  // One cache for every document of the feed: index.json and each collection file.
  const core = createCore<IndexDoc | CollectionDoc>({
    ...options,
    origin: new URL(indexUrl).origin,
    decode: (url, json) => (isIndex(url) ? validateIndex(json, url) : validateCollection(names.get(url)!, json, url)),
    store:
      options.persist == 'session'
        ? sessionStore((url) => (isIndex(url) ? 'index' : names.get(url)!), (url, v) => restorable(isIndex(url), v))
        : undefined,
  });
  const indexEntry = () => core.peek(indexUrl) as Entry<IndexDoc> | undefined;
  /** Where the index says `name` is: its URL (remembered for the core), its items, or nothing. */
  const linkOf = (index: Entry<IndexDoc>, name: CollectionName) => {
    const link = index.value.index.collections[name];
    if (typeof link == 'string') names.set(link, name);
    return link;
  };

  // Something changed in the background: every collection shown is delivered as the cache now has it.
  core.watch(() => delivered.forEach((_, name) => refresh(name)));
  if (onWarning) client.addEventListener('warning', (event) => onWarning(event.detail));

  async function load<K extends CollectionName>(name: K, options?: LoadOptions): Promise<Snapshot<CollectionItems[K]>> {
    try {
      const index = (await core.get(indexUrl, options)) as Entry<IndexDoc>;
      const link = linkOf(index, name);
      const collection = typeof link == 'string' ? ((await core.get(link, options)) as Entry<CollectionDoc>) : undefined;
      // A background refresh may have landed while we awaited: never hand out older than the cache.
      return deliver(name, current(name) ?? build(name, index, collection));
    } catch (e) {
      return keepShowing(name, e as FeedError);
    }
  }

  function peek<K extends CollectionName>(name: K): Snapshot<CollectionItems[K]> | undefined {
    return (current(name) ?? delivered.get(name)) as Snapshot<CollectionItems[K]> | undefined;
  }

  function watch<K extends CollectionName>(name: K, listener: (snapshot: Snapshot<CollectionItems[K]>) => void): () => void {
    const onChange = (event: CustomEvent<FeedChange>) => {
      if (event.detail.name == name) listener(event.detail.snapshot as Snapshot<CollectionItems[K]>);
    };
    client.addEventListener('change', onChange);
    return () => client.removeEventListener('change', onChange);
  }

  async function get<K extends CollectionName>(name: K, id: string, options?: LoadOptions): Promise<CollectionItems[K] | undefined> {
    return findById((await load(name, options)).items, id);
  }

  function build(name: CollectionName, index: Entry<IndexDoc>, collection?: Entry<CollectionDoc>): AnySnapshot {
    const [oldIndex, oldCollection, old] = built.get(name) ?? [];
    if (old && oldIndex == index && oldCollection == collection) return old;
    const inline = index.value.index.collections[name];
    const error = collection?.error ?? index.error;
    const snapshot: AnySnapshot = {
      items: collection?.value.items ?? (Array.isArray(inline) ? inline : []),
      stale: index.stale || !!collection?.stale,
      ...(error && { error }),
      // The index's own warnings, and those of this collection's items when they are inline.
      warnings: [...index.value.warnings.filter((w) => w.collection == name || w.collection == 'index'), ...(collection?.value.warnings ?? [])],
      updatedAt: (collection ?? index).updatedAt,
    };
    built.set(name, [index, collection, snapshot]);
    return snapshot;
  }

  /** The snapshot of `name` from what is cached now; undefined when part of it is not. */
  function current(name: CollectionName): AnySnapshot | undefined {
    const index = indexEntry();
    const link = index && linkOf(index, name);
    if (!index) return;
    if (typeof link != 'string') return build(name, index);
    const collection = core.peek(link) as Entry<CollectionDoc> | undefined;
    return collection && build(name, index, collection);
  }

  function refresh(name: CollectionName): void {
    const snapshot = current(name);
    if (snapshot) return void deliver(name, snapshot);
    const link = indexEntry()?.value.index.collections[name];
    // The index now points somewhere we have not been: fetch it, keep showing the old meanwhile.
    // (Only shown collections are refreshed, and nobody can abort this request: `keepShowing` won't throw.)
    if (typeof link == 'string') core.get(link).then(() => refresh(name), (error: FeedError) => keepShowing(name, error));
  }

  /** A load failed: what was shown before stays, marked stale with the error; with nothing shown, the error is the answer. */
  function keepShowing<K extends CollectionName>(name: K, error: FeedError): Snapshot<CollectionItems[K]> {
    const shown = delivered.get(name);
    if (!shown || error.kind == 'aborted') throw error;
    return deliver(name, { ...shown, stale: true, error });
  }

  function deliver<K extends CollectionName>(name: K, snapshot: AnySnapshot): Snapshot<CollectionItems[K]> {
    const shown = delivered.get(name);
    delivered.set(name, snapshot);
    for (const warning of snapshot.warnings) {
      if (!reported.has(warning)) {
        reported.add(warning);
        client.dispatchEvent(new CustomEvent('warning', { detail: warning }));
      }
    }
    if (shown && (shown.items != snapshot.items || shown.stale != snapshot.stale || shown.error != snapshot.error)) {
      client.dispatchEvent(new CustomEvent<FeedChange>('change', { detail: { name, snapshot } }));
    }
    return snapshot as Snapshot<CollectionItems[K]>;
  }

  return client;
}
