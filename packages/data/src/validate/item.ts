import type { CollectionItems, CollectionName, DataWarning } from '../types.js';
import { SCALARS, isRecord } from './scalars.js';
import { ITEM_SHAPES } from './shapes.js';
import { Bad, walk } from './walk.js';

export const warning = (
  collection: string,
  item: string,
  field: string,
  reason: string,
  dropped: DataWarning['dropped'],
): DataWarning => ({ collection, item, field, reason, dropped });

/**
 * One item of `collection`, cleaned, or `undefined` when it lacks what it cannot do without.
 * Every drop is reported. Visibility is not filtered here: callers decide (the feed builder
 * still checks private items; `validateCollection` removes them).
 */
export function validateItem<K extends CollectionName>(
  collection: K,
  raw: unknown,
  position: number,
  report: (w: DataWarning) => void,
  baseUrl?: string,
): CollectionItems[K] | undefined {
  const id = (isRecord(raw) && SCALARS.id(raw.id)) || `#${position}`;
  const out = walk(ITEM_SHAPES[collection], raw, '', {
    base: baseUrl,
    report: (field, reason) => report(warning(collection, id, field, reason, 'field')),
  });
  if (!(out instanceof Bad)) return out as CollectionItems[K];
  report(warning(collection, id, '', out.why, 'item'));
}

/**
 * A collection document (`{ version: 1, items }`) or a bare items array (inline in index.json):
 * its usable items, without private ones and without later duplicates of an id, plus the
 * report of everything dropped. Relative URLs are resolved against `baseUrl` when given.
 */
export function validateCollection<K extends CollectionName>(
  name: K,
  raw: unknown,
  baseUrl?: string,
): { items: CollectionItems[K][]; warnings: DataWarning[] } {
  const warnings: DataWarning[] = [];
  const report = (w: DataWarning) => void warnings.push(w);
  const entries: unknown[] | undefined =
    Array.isArray(raw) ? raw : isRecord(raw) && raw.version === 1 && Array.isArray(raw.items) ? raw.items : undefined;
  if (!entries) report(warning(name, '', '', 'expected { "version": 1, "items": [...] }', 'item'));
  const seen = new Set<string>();
  const items = (entries ?? []).flatMap((entry, i) => {
    const item = validateItem(name, entry, i, report, baseUrl);
    if (item && seen.has(item.id)) report(warning(name, item.id, '', 'id: used by an earlier item', 'item'));
    else if (item && seen.add(item.id) && item.visibility != 'private') return [item];
    return [];
  });
  return { items, warnings };
}
