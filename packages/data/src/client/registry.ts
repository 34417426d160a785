import { createClient, type ClientOptions, type FeedClient } from './feed-client.js';
import { indexUrlOf } from './source.js';

const clients = new Map<string, FeedClient>();

/**
 * The page's client for a feed: every element given the same feed (however its `src` is
 * spelled: folder, folder/, folder/index.json, relative) shares one cache and one request per
 * document. `options` apply only when this call creates the client.
 */
export function clientFor(src: string, options: Omit<ClientOptions, 'src'> = {}): FeedClient {
  const key = indexUrlOf(src);
  let client = clients.get(key);
  if (!client) clients.set(key, (client = createClient({ ...options, src })));
  return client;
}
