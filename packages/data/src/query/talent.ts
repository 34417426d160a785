import { normalizeForSearch } from '../text.js';
import type { TerritoryFilter } from '../territory.js';
import type { RemoteMode, TalentCall, TalentKind } from '../types.js';
import { anyOf, endOf, inTerritory, isListed, listOf, timeOf, type ListFilter, type Moment } from './filters.js';

export interface TalentQuery {
  readonly territory?: string | TerritoryFilter;
  readonly localOnly?: boolean;
  readonly kind?: ListFilter<TalentKind>;
  /** Any of these skills, case- and accent-insensitive. */
  readonly skills?: ListFilter;
  readonly remote?: ListFilter<RemoteMode>;
  /** Also closed calls and calls whose deadline has passed. */
  readonly includeClosed?: boolean;
  readonly now?: Moment;
}

/** A call is open while its status says so and its deadline (the whole day) has not passed. */
export const isOpen = (call: TalentCall, now: number = Date.now()): boolean =>
  call.status == 'open' && endOf(call.deadline, Infinity) > now;

/** The public calls matching `query`: soonest deadline first (none last), then newest. */
export function queryTalent(items: readonly TalentCall[], query: TalentQuery = {}): TalentCall[] {
  const now = timeOf(query.now, Date.now());
  const kinds = listOf(query.kind);
  const remote = listOf(query.remote);
  const skills = listOf(query.skills)?.map(normalizeForSearch);
  return items
    .filter(
      (t) =>
        isListed(t) &&
        (query.includeClosed || isOpen(t, now)) &&
        anyOf(kinds, [t.kind]) &&
        anyOf(remote, [t.remote]) &&
        anyOf(skills, t.skills.map(normalizeForSearch)) &&
        inTerritory(query.territory, t.location ? [t.location] : [], query.localOnly),
    )
    .sort((a, b) => timeOf(a.deadline, Infinity) - timeOf(b.deadline, Infinity) || timeOf(b.postedAt, 0) - timeOf(a.postedAt, 0));
}
