import { normalizeForSearch } from './text.js';
import type { Text } from './types.js';

/** The words of a free-text query, folded like the text they are looked for in. */
export const searchWords = (q: string | undefined): string[] =>
  q ? normalizeForSearch(q).split(/\s+/).filter(Boolean) : [];

/** Whether every word occurs somewhere in `texts`, in any of their languages. */
export function matchesWords(words: readonly string[], texts: readonly (Text | undefined)[]): boolean {
  if (!words.length) return true;
  const haystack = normalizeForSearch(
    texts.flatMap((t) => (t == null ? [] : typeof t == 'string' ? [t] : Object.values(t))).join('\n'),
  );
  return words.every((w) => haystack.includes(w));
}
