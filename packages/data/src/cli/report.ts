import type { CollectionName, DataWarning } from '../types.js';

const NOUNS: Record<CollectionName, string> = {
  projects: 'project',
  organizations: 'organization',
  talent: 'talent call',
  events: 'event',
};

/** `6 projects, 1 organization, 3 talent calls, 0 events` */
export const countsLine = (counts: Record<CollectionName, number>): string =>
  Object.entries(NOUNS)
    .map(([name, noun]) => `${counts[name as CollectionName]} ${noun}${counts[name as CollectionName] == 1 ? '' : 's'}`)
    .join(', ');

/** The validator's terse `expected <leaf>` (it ships to browsers) in words for feed authors. */
const EXPECTED_IN_WORDS: Record<string, string> = {
  id: 'a non-empty string',
  string: 'a string',
  text: 'text: a string, or a map of language to string ({ fr: "…", en: "…" })',
  url: 'an absolute http(s) URL',
  date: 'an ISO-8601 date such as 2025-05-20',
  'date-time with offset': 'a date-time with its offset, such as 2025-05-20T18:30:00+02:00',
  number: 'a number',
  count: 'a whole number',
  sdg: 'a UN goal number from 1 to 17',
  boolean: 'true or false',
  timeZone: 'an IANA time zone such as Europe/Paris',
  insee: 'an INSEE commune code such as "69123" (quoted in YAML)',
  contact: '{ url } or { email }',
  territory: '{ insee }, { department } or { region } with a French code (quoted in YAML), or { scope: national }',
};

const inWords = (reason: string) =>
  reason.replace(/expected ([\w -]+)$/, (said, leaf: string) => `expected ${EXPECTED_IN_WORDS[leaf] ?? leaf}`);

function valueAt(raw: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v && typeof v == 'object' ? (v as Record<string, unknown>)[key] : undefined), raw);
}

/** A short look at the value that was refused, so that the author finds it at once. */
function preview(raw: unknown, path: string, reason: string): string {
  const value = valueAt(raw, path);
  if (value === undefined || value === null || value === '') return '';
  const json = JSON.stringify(value) ?? String(value);
  return reason.includes(json) ? '' : `got ${json.length > 60 ? json.slice(0, 57) + '...' : json}; `;
}

/**
 * `where: field: problem (got …; field dropped)`. An item-level drop names its cause in the
 * reason (`title: missing`), so the line reads the same way.
 */
export function describe(where: string, w: DataWarning, raw?: unknown): string {
  const cause = /^([\w.]+): /.exec(w.reason)?.[1];
  const path = [w.field, cause].filter(Boolean).join('.');
  const field = w.field ? `${w.field}: ` : '';
  return `${where}: ${field}${inWords(w.reason)} (${raw === undefined ? '' : preview(raw, path, w.reason)}${w.dropped} dropped)`;
}
