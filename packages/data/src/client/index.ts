export {
  createClient,
  type ClientOptions,
  type FeedChange,
  type FeedClient,
  type FeedClientEventMap,
  type LoadOptions,
  type Snapshot,
} from './feed-client.js';
export { clientFor } from './registry.js';
export { indexUrlOf } from './source.js';
