/**
 * The URL when it is an absolute http(s) link, else undefined.
 *
 * Data given as a property never went through the feed validator, so every `href` and `src` we
 * render passes here: a `javascript:` link must never reach the page.
 */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2000) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
