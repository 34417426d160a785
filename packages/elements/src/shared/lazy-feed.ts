import type { CollectionItems, CollectionName } from '@living-lab/data';
import type { FeedController, FeedHost } from './feed-controller.js';

/**
 * The part of the feed wiring every data-driven element carries up front. The controller, the
 * context consumer and the data client load on first need, so an element given its data as a
 * property never downloads them.
 */
export class LazyFeed<K extends CollectionName> {
  private controller: FeedController<K> | undefined;
  private loading = false;

  constructor(
    private readonly host: FeedHost,
    private readonly collection: K,
  ) {}

  /** Call from `willUpdate`: settles `state` for property data, or starts the feed when wanted. */
  update(): void {
    if (!this.host.wantsFeed()) {
      this.host.state = this.host.itemCount() ? 'ready' : 'empty';
    } else if (!this.controller) {
      this.host.state = 'loading';
      if (!this.loading) {
        this.loading = true;
        void import('./feed-controller.js').then(({ FeedController }) => {
          this.controller = new FeedController(this.host, this.collection);
          this.host.requestUpdate();
        });
      }
    }
  }

  items(): readonly CollectionItems[K][] {
    return this.controller?.items ?? [];
  }

  /** What to tell the reader about the feed: only needed, and only loaded, once there is one. */
  messages(lang: string): { error: string; retry: string; stale: string } {
    return this.controller?.messages(lang) ?? { error: '', retry: '', stale: '' };
  }

  retry(): void {
    this.controller?.retry();
  }
}
