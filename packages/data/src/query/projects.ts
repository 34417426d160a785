import { matchesWords, searchWords } from '../search.js';
import { normalizeForSearch } from '../text.js';
import type { TerritoryFilter } from '../territory.js';
import type { Domain, Project, Stage } from '../types.js';
import { anyOf, inTerritory, isListed, listOf, type ListFilter } from './filters.js';

export interface ProjectQuery {
  readonly territory?: string | TerritoryFilter;
  readonly localOnly?: boolean;
  readonly domain?: ListFilter<Domain>;
  /** Closed projects are hidden unless this asks for `closed`. */
  readonly stage?: ListFilter<Stage>;
  readonly sdg?: ListFilter<number>;
  /** Any of these tags, case- and accent-insensitive. */
  readonly tag?: ListFilter;
  /** Free text: every word must occur in the name, tagline, description (any language) or tags. */
  readonly q?: string;
}

/** The public projects matching `query`, in feed order. */
export function queryProjects(items: readonly Project[], query: ProjectQuery = {}): Project[] {
  const domains = listOf(query.domain);
  const stages = listOf(query.stage);
  const sdgs = listOf(query.sdg);
  const tags = listOf(query.tag)?.map(normalizeForSearch);
  const words = searchWords(query.q);
  return items.filter(
    (p) =>
      isListed(p) &&
      (stages ? anyOf(stages, [p.stage]) : p.stage != 'closed') &&
      anyOf(domains, p.domains) &&
      anyOf(sdgs, p.sdgs) &&
      anyOf(tags, p.tags.map(normalizeForSearch)) &&
      inTerritory(query.territory, p.territories, query.localOnly) &&
      matchesWords(words, [p.name, p.tagline, p.description, ...p.tags]),
  );
}
