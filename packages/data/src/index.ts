/** @living-lab/data: the feed types, their validation, territories, queries, and the feed client. */
export * from './types.js';
export { FeedError, isFeedError, type FeedErrorKind, type FeedErrorDetails } from './errors.js';
export { pickText, normalizeForSearch } from './text.js';
export { departmentOf, regionOf, parseTerritoryFilter, territoryMatches, type TerritoryFilter } from './territory.js';
export { validateItem, validateCollection } from './validate/item.js';
export { validateIndex } from './validate/feed-index.js';
export type { ListFilter, Moment } from './query/filters.js';
export { queryProjects, type ProjectQuery } from './query/projects.js';
export { queryTalent, isOpen, type TalentQuery } from './query/talent.js';
export { queryEvents, type EventQuery } from './query/events.js';
export { findById } from './query/find.js';
export * from './client/index.js';
