import { FeedError } from '../errors.js';
import { COLLECTIONS, type DataWarning, type FeedIndex } from '../types.js';
import { validateCollection, warning } from './item.js';
import { SCALARS, isRecord, parseUrl } from './scalars.js';
import { LAB_SHAPE } from './shapes.js';
import { walk } from './walk.js';

/**
 * index.json, checked. Throws a `FeedError` when it is not a version-1 living-lab feed at all.
 * Collection URLs are resolved against `indexUrl` and must stay on its origin: the embed talks
 * to no host but the feed's. Inline collections are validated right away (their relative URLs
 * against `indexUrl` too), so the result always holds clean items, as `FeedIndex` says.
 */
export function validateIndex(raw: unknown, indexUrl: string): { index: FeedIndex; warnings: DataWarning[] } {
  const fail = (kind: 'not-a-feed' | 'unsupported-version', why: string) => {
    throw new FeedError(kind, `${indexUrl}: ${why}`, { url: indexUrl });
  };
  if (!isRecord(raw) || raw.feed !== 'living-lab') return fail('not-a-feed', 'not a living-lab feed');
  if (raw.version !== 1) fail('unsupported-version', `version ${String(raw.version)}, expected 1`);
  const collections = isRecord(raw.collections) ? raw.collections : fail('not-a-feed', 'no collections');

  const warnings: DataWarning[] = [];
  const ctx = { base: indexUrl, report: (field: string, reason: string) => void warnings.push(warning('index', '', field, reason, 'field')) };
  const head = walk({ lab: LAB_SHAPE, generatedAt: 'date' }, raw, '', ctx) as object;
  const found: Record<string, unknown> = {};
  for (const name of COLLECTIONS) {
    const c = collections[name];
    const url = SCALARS.url(c, ctx);
    if (Array.isArray(c)) {
      const inline = validateCollection(name, c, indexUrl);
      found[name] = inline.items;
      warnings.push(...inline.warnings);
    } else if (url && parseUrl(url)?.origin == parseUrl(indexUrl)?.origin) found[name] = url;
    else if (c != null) ctx.report('collections.' + name, "expected items or a URL on the feed's host");
  }
  return { index: { lab: { name: '' }, ...head, feed: 'living-lab', version: 1, collections: found } as FeedIndex, warnings };
}
