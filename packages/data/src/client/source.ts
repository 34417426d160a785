/**
 * Where a feed's index.json is, given what a page wrote in `src`: the feed's folder (with or
 * without its trailing slash) or the index.json itself, absolute or relative to the page.
 */
export function indexUrlOf(src: string, base: string | undefined = globalThis.document?.baseURI): string {
  const url = new URL(src, base);
  url.hash = '';
  if (!url.pathname.endsWith('.json')) {
    // `https://lab.example/feed` names a folder: without the slash, index.json would replace `feed`.
    url.pathname = url.pathname.replace(/\/?$/, '/index.json');
  }
  return url.href;
}
