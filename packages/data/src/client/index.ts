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
// Elements look items up by id in what the client gave them; one lookup rule for both.
export { findById } from '../query/find.js';
