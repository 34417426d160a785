import type { CollectionItems, CollectionName } from '@living-lab/data';
import type { FeedController, FeedHost } from './feed-controller.js';
import type { Language } from '../i18n/localize.js';

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

  /** The item with this id in the feed, once the feed is there. */
  find(id: string): CollectionItems[K] | undefined {
    return this.controller?.find(id);
  }

  /** What to tell the reader about the feed: only needed, and only loaded, once there is one. */
  messages(language: Language): { error: string; retry: string; stale: string } {
    return this.controller?.messages(language) ?? { error: '', retry: '', stale: '' };
  }

  retry(): void {
    this.controller?.retry();
  }
}
