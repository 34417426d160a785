import type { ReactiveController } from 'lit';
import { ContextConsumer } from '@lit/context';
import { clientFor, findById } from '@living-lab/data/client.js';
import type { CollectionItems, CollectionName, FeedClient, FeedError, Snapshot } from '@living-lab/data';
import { ecosystemContext, ensureContextRoot, type EcosystemContext } from './context.js';
import type { LivingLabElement } from './base-element.js';
import { feedMessages } from '../i18n/feed-messages.js';
import type { Language } from '../i18n/localize.js';

// Vite's dev server (the demo, Storybook) sets this; production bundles leave it undefined.
const DEV = (import.meta as { env?: { DEV?: boolean } }).env?.DEV === true;

/** The reflected `state` of every data-driven element. */
export type FeedState = 'loading' | 'ready' | 'empty' | 'error' | 'stale';

/** What an element must offer to be fed. */
export interface FeedHost extends LivingLabElement {
  /** The element's own feed URL; wins over the provider's. */
  src?: string | undefined;
  state: FeedState;
  /** Whether the element wants the network at all (false when its data was given as a property). */
  wantsFeed(): boolean;
  /** How many items the element would show from what it has now. */
  itemCount(): number;
}

/**
 * One behaviour for every data-driven element: find a client (own `src`, else the nearest
 * `<ll-ecosystem>`), load a collection, keep it fresh, and turn all of it into `state` and the
 * `ll-load`, `ll-error` and `ll-data-warning` events.
 */
export class FeedController<K extends CollectionName> implements ReactiveController {
  snapshot: Snapshot<CollectionItems[K]> | undefined;
  error: FeedError | undefined;
  ecosystem: EcosystemContext | undefined;

  private pending = false;
  private client: FeedClient | undefined;
  private abort: AbortController | undefined;
  private unwatch: (() => void) | undefined;
  private announced: unknown;
  private lastSrc: string | undefined;

  constructor(
    private readonly host: FeedHost,
    private readonly collection: K,
  ) {
    ensureContextRoot();
    host.addController(this);
    new ContextConsumer(host, {
      context: ecosystemContext,
      subscribe: true,
      callback: (value) => {
        this.ecosystem = value;
        void this.connect();
      },
    });
  }

  private found: { snapshot: unknown; id: string; item: CollectionItems[K] | undefined } | undefined;

  /**
   * The item with this id in the current snapshot. An element asks several times per update
   * (its state, its events, its render) and a page may hold many elements over a large feed,
   * so the answer is kept until the snapshot or the id changes.
   */
  find(id: string): CollectionItems[K] | undefined {
    const { snapshot, found } = this;
    if (found && found.snapshot === snapshot && found.id === id) return found.item;
    const item = snapshot && findById(snapshot.items, id);
    this.found = { snapshot, id, item };
    return item;
  }

  hostConnected(): void {
    void this.connect();
  }

  hostDisconnected(): void {
    this.stop();
    this.client = undefined;
  }

  hostUpdate(): void {
    if (this.host.src !== this.lastSrc) {
      this.lastSrc = this.host.src;
      void this.connect();
    }
    if (this.host.wantsFeed()) this.host.state = this.state();
  }

  hostUpdated(): void {
    if (!this.host.wantsFeed()) return;
    // Announce each outcome once: a re-render for another reason must not fire again.
    const outcome = this.host.state === 'error' ? this.error : this.host.state === 'loading' ? undefined : this.snapshot ?? this.host.state;
    if (outcome === this.announced) return;
    this.announced = outcome;
    if (this.host.state === 'error' && this.error) {
      this.host.emit('ll-error', { kind: this.error.kind, message: this.error.message, status: this.error.status });
    } else if (this.host.state !== 'loading') {
      this.host.emit('ll-load', { count: this.host.itemCount() });
    }
  }

  /** The error, retry and stale texts in one of our languages. */
  messages(language: Language): { error: string; retry: string; stale: string } {
    const m = feedMessages(language);
    return { error: m.errors[this.error?.kind ?? 'network'] ?? m.errors['network']!, retry: m.retry, stale: m.stale };
  }

  /** The error view's retry: ask the server again, whatever the cache says. */
  retry(): void {
    void this.connect(true);
  }

  private state(): FeedState {
    if (!this.snapshot) return this.pending || this.resolving() ? 'loading' : this.error ? 'error' : 'empty';
    if (!this.host.itemCount()) return 'empty';
    return this.snapshot.stale ? 'stale' : 'ready';
  }

  private resolving(): boolean {
    return Boolean(this.host.src || this.ecosystem?.client) && !this.client;
  }

  private stop(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.unwatch?.();
    this.unwatch = undefined;
  }

  // This module is loaded lazily (see LazyFeed), so the data client it pulls in is too.
  private async connect(force = false): Promise<void> {
    if (!this.host.isConnected || !this.host.wantsFeed()) return;
    const src = this.host.src;
    const client = src ? clientFor(src) : this.ecosystem?.client;
    if (!client || (client === this.client && !force)) return;
    this.stop();
    this.client = client;
    const abort = (this.abort = new AbortController());
    this.unwatch = client.watch(this.collection, (snapshot) => this.receive(snapshot));

    const cached = force ? undefined : client.peek(this.collection);
    if (cached) this.receive(cached);
    this.pending = true;
    this.host.requestUpdate();
    try {
      this.receive(await client.load(this.collection, { signal: abort.signal, force }));
    } catch (error) {
      if (abort.signal.aborted) return;
      this.error = error as FeedError;
    } finally {
      if (!abort.signal.aborted) {
        this.pending = false;
        this.host.requestUpdate();
      }
    }
  }

  private receive(snapshot: Snapshot<CollectionItems[K]>): void {
    if (snapshot === this.snapshot) return;
    const known = new Set(this.snapshot?.warnings);
    this.snapshot = snapshot;
    this.error = snapshot.error;
    for (const warning of snapshot.warnings) {
      if (known.has(warning)) continue;
      this.host.emit('ll-data-warning', warning);
      // Whoever edits the feed sees its problems while building a page, never the page's visitors.
      if (DEV) console.warn(`Living-lab feed: ${warning.collection} ${warning.item} ${warning.field}: ${warning.reason}`);
    }
    this.host.requestUpdate();
  }
}
