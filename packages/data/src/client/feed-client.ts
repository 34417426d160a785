/**
 * The feed client: index.json first (shared by everyone), then only the collections asked for,
 * each validated once and served from one cache to every element of the page.
 */
import type { FeedError } from '../errors.js';
import { findById } from '../query/find.js';
import { COLLECTIONS, type CollectionItems, type CollectionName, type DataWarning, type FeedIndex } from '../types.js';
import { validateCollection } from '../validate/item.js';
import { validateIndex } from '../validate/feed-index.js';
import { createCore, type Core, type Entry, type Store } from './core.js';
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

const isObject = (v: unknown): v is Record<string, unknown> => typeof v == 'object' && v !== null;
const isIndexDoc = (v: unknown) => isObject(v) && isObject(v.index) && isObject(v.index.collections) && Array.isArray(v.warnings);
const isCollectionDoc = (v: unknown) => isObject(v) && Array.isArray(v.items) && Array.isArray(v.warnings);

/** Index warnings that concern `name`: its own inline items, and the index itself. */
const concerns = (name: CollectionName) => (w: DataWarning) =>
  w.collection == name || !COLLECTIONS.includes(w.collection as CollectionName);

class LabFeedClient extends EventTarget implements FeedClient {
  readonly src: string;
  readonly indexUrl: string;
  readonly #options: ClientOptions;
  readonly #index: Core<IndexDoc>;
  readonly #collections = new Map<CollectionName, Core<CollectionDoc>>();
  /** The last snapshot handed out per collection: what `change` events compare against. */
  readonly #delivered = new Map<CollectionName, AnySnapshot>();
  /** Built snapshots, kept so that unchanged inputs give the very same object. */
  readonly #built = new Map<CollectionName, { index: Entry<IndexDoc>; collection?: Entry<CollectionDoc>; snapshot: AnySnapshot }>();
  readonly #reported = new WeakSet<DataWarning>();

  constructor(options: ClientOptions) {
    super();
    this.#options = options;
    this.src = options.src;
    this.indexUrl = indexUrlOf(options.src);
    this.#index = this.#core('index', isIndexDoc, (url, json) => validateIndex(json, url));
    this.#index.watch(() => {
      for (const name of this.#delivered.keys()) this.#refresh(name);
    });
    if (options.onWarning) {
      const onWarning = options.onWarning;
      (this as FeedClient).addEventListener('warning', (event) => onWarning(event.detail));
    }
  }

  async load<K extends CollectionName>(name: K, options?: LoadOptions): Promise<Snapshot<CollectionItems[K]>> {
    try {
      const index = await this.#index.get(this.indexUrl, options);
      const link = index.value.index.collections[name];
      const collection = typeof link == 'string' ? await this.#collection(name).get(link, options) : undefined;
      // A background refresh may have landed while we awaited: never hand out older than the cache.
      return this.#deliver(name, this.#current(name) ?? this.#build(name, index, collection));
    } catch (e) {
      const error = e as FeedError;
      const shown = this.#delivered.get(name);
      // Something was shown before (the index has since moved this collection): keep showing it.
      if (!shown || error.kind == 'aborted') throw error;
      return this.#deliver(name, { ...shown, stale: true, error });
    }
  }

  peek<K extends CollectionName>(name: K): Snapshot<CollectionItems[K]> | undefined {
    return (this.#current(name) ?? this.#delivered.get(name)) as Snapshot<CollectionItems[K]> | undefined;
  }

  watch<K extends CollectionName>(name: K, listener: (snapshot: Snapshot<CollectionItems[K]>) => void): () => void {
    const onChange = (event: CustomEvent<FeedChange>) => {
      if (event.detail.name == name) listener(event.detail.snapshot as Snapshot<CollectionItems[K]>);
    };
    (this as FeedClient).addEventListener('change', onChange);
    return () => (this as FeedClient).removeEventListener('change', onChange);
  }

  async get<K extends CollectionName>(name: K, id: string, options?: LoadOptions): Promise<CollectionItems[K] | undefined> {
    return findById((await this.load(name, options)).items, id);
  }

  #core<T>(namespace: string, accept: (v: unknown) => boolean, decode: (url: string, json: unknown) => T): Core<T> {
    const { fetch, ttl, timeout, retries, retryDelay, persist } = this.#options;
    const store: Store<T> | undefined = persist == 'session' ? sessionStore<T>(namespace, accept) : undefined;
    return createCore<T>({ decode, origin: new URL(this.indexUrl).origin, fetch, ttl, timeout, retries, retryDelay, store });
  }

  #collection(name: CollectionName): Core<CollectionDoc> {
    let core = this.#collections.get(name);
    if (!core) {
      core = this.#core(name, isCollectionDoc, (url, json) => validateCollection(name, json, url));
      core.watch(() => this.#refresh(name));
      this.#collections.set(name, core);
    }
    return core;
  }

  #build(name: CollectionName, index: Entry<IndexDoc>, collection?: Entry<CollectionDoc>): AnySnapshot {
    const built = this.#built.get(name);
    if (built?.index == index && built.collection == collection) return built.snapshot;
    const inline = index.value.index.collections[name];
    const error = collection?.error ?? index.error;
    const snapshot: AnySnapshot = {
      items: collection?.value.items ?? (Array.isArray(inline) ? inline : []),
      stale: index.stale || !!collection?.stale,
      ...(error && { error }),
      warnings: [...index.value.warnings.filter(concerns(name)), ...(collection?.value.warnings ?? [])],
      updatedAt: (collection ?? index).updatedAt,
    };
    this.#built.set(name, { index, collection, snapshot });
    return snapshot;
  }

  /** The snapshot of `name` from what is cached now; undefined when part of it is not. */
  #current(name: CollectionName): AnySnapshot | undefined {
    const index = this.#index.peek(this.indexUrl);
    const link = index?.value.index.collections[name];
    if (!index) return undefined;
    if (typeof link != 'string') return this.#build(name, index);
    const collection = this.#collection(name).peek(link);
    return collection && this.#build(name, index, collection);
  }

  /** Something changed in the background: deliver `name` as the cache now has it. */
  #refresh(name: CollectionName): void {
    const current = this.#current(name);
    if (current) return void this.#deliver(name, current);
    const link = this.#index.peek(this.indexUrl)?.value.index.collections[name];
    if (typeof link != 'string') return;
    // The index now points somewhere we have not been: fetch it, keep showing the old meanwhile.
    this.#collection(name).get(link).then(
      () => this.#refresh(name),
      (error: FeedError) => {
        const shown = this.#delivered.get(name);
        if (shown) this.#deliver(name, { ...shown, stale: true, error });
      },
    );
  }

  #deliver<K extends CollectionName>(name: K, snapshot: AnySnapshot): Snapshot<CollectionItems[K]> {
    const shown = this.#delivered.get(name);
    this.#delivered.set(name, snapshot);
    for (const warning of snapshot.warnings) {
      if (!this.#reported.has(warning)) {
        this.#reported.add(warning);
        this.dispatchEvent(new CustomEvent('warning', { detail: warning }));
      }
    }
    if (shown && (shown.items != snapshot.items || shown.stale != snapshot.stale || shown.error != snapshot.error)) {
      this.dispatchEvent(new CustomEvent<FeedChange>('change', { detail: { name, snapshot } }));
    }
    return snapshot as Snapshot<CollectionItems[K]>;
  }
}

/** A client of its own; `clientFor` shares one per feed across the page. */
export function createClient(options: ClientOptions): FeedClient {
  return new LabFeedClient(options);
}
