import type { TerritoryFilter } from '../territory.js';
import type { EventKind, LabEvent } from '../types.js';
import { anyOf, endOf, inTerritory, isListed, listOf, timeOf, type ListFilter, type Moment } from './filters.js';

export interface EventQuery {
  /** Matched through the venue's INSEE code: an event without one (online only) matches no territory. */
  readonly territory?: string | TerritoryFilter;
  readonly localOnly?: boolean;
  readonly kind?: ListFilter<EventKind>;
  /** Only events still running at or after this moment (a plain date means from its start). */
  readonly from?: Moment;
  /** Only events starting before the end of this moment (a plain date means the whole day). */
  readonly to?: Moment;
  /** Events that have ended, newest first, instead of upcoming ones. */
  readonly past?: boolean;
  readonly now?: Moment;
}

const start = (e: LabEvent) => timeOf(e.start, 0);
const end = (e: LabEvent) => timeOf(e.end ?? e.start, 0);

/**
 * The public events matching `query`: upcoming ones (not yet ended) soonest first, or with
 * `past` ended ones newest first. Cancelled and postponed events stay, marked by their status.
 */
export function queryEvents(items: readonly LabEvent[], query: EventQuery = {}): LabEvent[] {
  const now = timeOf(query.now, Date.now());
  const from = timeOf(query.from, -Infinity);
  const to = endOf(query.to, Infinity);
  const kinds = listOf(query.kind);
  return items
    .filter(
      (e) =>
        isListed(e) &&
        (end(e) < now) == !!query.past &&
        end(e) >= from &&
        start(e) < to &&
        anyOf(kinds, [e.kind]) &&
        inTerritory(query.territory, e.venue?.insee ? [{ insee: e.venue.insee }] : [], query.localOnly),
    )
    .sort((a, b) => (query.past ? start(b) - start(a) : start(a) - start(b)));
}
