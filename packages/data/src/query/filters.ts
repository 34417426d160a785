import { parseTerritoryFilter, territoryMatches, type TerritoryFilter } from '../territory.js';
import type { ItemBase, Territory } from '../types.js';

/** A filter value as an attribute gives it (`"health,education"`) or as a property (`['health']`). */
export type ListFilter<T extends string | number = string> = T | `${T}` | readonly (T | `${T}`)[] | string;

/** A moment: a `Date`, epoch milliseconds, or an ISO-8601 string. */
export type Moment = Date | number | string;

/** The wanted values, or `undefined` when the filter is empty and so lets everything through. */
export function listOf(filter: ListFilter<string | number> | undefined): string[] | undefined {
  const values = (Array.isArray(filter) ? filter : String(filter ?? '').split(','))
    .map((v) => String(v).trim())
    .filter(Boolean);
  return values.length ? values : undefined;
}

export const anyOf = (wanted: readonly string[] | undefined, values: readonly unknown[]): boolean =>
  !wanted || values.some((v) => wanted.includes(String(v)));

/** Lists show only public items: unlisted ones are for `findById`, private ones never get this far. */
export const isListed = (item: ItemBase): boolean => item.visibility == 'public';

/**
 * No filter lets everything through; a filter that does not parse (a typo in a page's
 * attribute) matches nothing, rather than showing the whole country in place of one city.
 */
export function inTerritory(
  filter: string | TerritoryFilter | undefined,
  territories: readonly Territory[],
  localOnly?: boolean,
): boolean {
  if (!filter) return true;
  const parsed = typeof filter == 'string' ? parseTerritoryFilter(filter) : filter;
  return !!parsed && territoryMatches(territories, parsed, localOnly);
}

/** Milliseconds since the epoch, or `fallback` when `m` is absent or unreadable. */
export function timeOf(m: Moment | undefined, fallback: number): number {
  const t = m instanceof Date ? m.getTime() : typeof m == 'number' ? m : m ? Date.parse(m) : NaN;
  return Number.isNaN(t) ? fallback : t;
}

/** The end of a date or date-time: a plain date (`2025-05-20`) lasts the whole (UTC) day. */
export const endOf = (m: Moment | undefined, fallback: number): number =>
  timeOf(m, fallback) + (typeof m == 'string' && m.length == 10 ? 864e5 : 0);
