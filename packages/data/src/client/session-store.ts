import type { Saved, Store } from './core.js';

/** One key per document; the `1` is this format's version, so a later one starts clean. */
const PREFIX = 'living-lab:1:';

/**
 * Keeps validated documents in `sessionStorage` (only when the page asked: `persist: 'session'`)
 * so the next page of the same visit renders at once. Storage can be missing, forbidden
 * (sandboxed frames, blocked site data), full or hold garbage: every case degrades to "not
 * stored", never to an error. `namespace` says which kind of document a URL holds; `accept` rejects what another version of this code may have left.
 */
export function sessionStore<T>(namespace: (url: string) => string, accept: (url: string, value: unknown) => boolean): Store<T> {
  const key = (url: string) => `${PREFIX}${namespace(url)}:${url}`;
  return {
    read(url) {
      try {
        const saved = JSON.parse(sessionStorage.getItem(key(url)) ?? 'null') as Saved<T> | null;
        return saved && typeof saved.updatedAt == 'number' && accept(url, saved.value) ? saved : undefined;
      } catch {
        return undefined;
      }
    },
    write(url, saved) {
      try {
        sessionStorage.setItem(key(url), JSON.stringify(saved));
      } catch {
        // Full or forbidden: the in-memory cache still serves this page.
      }
    },
  };
}
