import type { CollectionItems, CollectionName, DataWarning } from '../types.js';
import { SCALARS, isRecord } from './scalars.js';
import { ITEM_SHAPES } from './shapes.js';
import { Bad, checkerOf, walker, type Checker } from './walk.js';

export const warning = (
  collection: string,
  item: string,
  field: string,
  reason: string,
  dropped: DataWarning['dropped'],
): DataWarning => ({ collection, item, field, reason, dropped });

/** Each collection's checker, made once (the engine then keeps its optimised code from feed to feed). */
const checkers: Partial<Record<CollectionName, Checker>> = {};

/**
 * Checks items of `collection` one after another, through one walk: no closure for each item,
 * only the id that names the current one in its reports.
 */
function itemChecker<K extends CollectionName>(collection: K, report: (w: DataWarning) => void, baseUrl?: string) {
  let id = '';
  const at = walker({ base: baseUrl, report: (field, reason) => report(warning(collection, id, field, reason, 'field')) });
  const check = (checkers[collection] ??= checkerOf(ITEM_SHAPES[collection]));
  return (raw: unknown, position: number): CollectionItems[K] | undefined => {
    id = (isRecord(raw) && SCALARS.id(raw.id)) || `#${position}`;
    const out = check(raw, at);
    if (!(out instanceof Bad)) return out as CollectionItems[K];
    report(warning(collection, id, '', out.why, 'item'));
  };
}

/**
 * One item of `collection`, cleaned, or `undefined` when it lacks what it cannot do without.
 * Every drop is reported. Visibility is not filtered here: callers decide (the feed builder
 * still checks private items; `validateCollection` removes them).
 */
export const validateItem = <K extends CollectionName>(
  collection: K,
  raw: unknown,
  position: number,
  report: (w: DataWarning) => void,
  baseUrl?: string,
): CollectionItems[K] | undefined => itemChecker(collection, report, baseUrl)(raw, position);

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
  const check = itemChecker(name, report, baseUrl);
  const seen = new Set<string>();
  const items: CollectionItems[K][] = [];
  // `forEach` skips the holes of a sparse array, as `flatMap` did.
  entries?.forEach((entry, i) => {
    const item = check(entry, i);
    if (item && seen.has(item.id)) report(warning(name, item.id, '', 'id: used by an earlier item', 'item'));
    else if (item && seen.add(item.id) && item.visibility != 'private') items.push(item);
  });
  return { items, warnings };
}
