/**
 * The leaf types of the feed: each a check that returns the cleaned value, or `undefined` when
 * the value cannot be used. Lengths are checked before any regex or URL parsing, so that a huge
 * string costs nothing.
 */
import { isCommuneCode, isRegionCode, regionOf } from '../territory.js';

export const ISO_DATE = /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|[+-]\d\d:\d\d)?)?$/;
/** RFC 3339 as feeds write it: an ISO-8601 date-time that says its offset. */
export const WITH_OFFSET = /T.+(Z|[+-]\d\d:\d\d)$/;
/** Plain addresses only: no `?`, `%` or spaces, so that `mailto:` + address cannot add headers or a body. */
export const EMAIL = /^[\w.+'-]+@[\w-]+(\.[\w-]+)+$/;
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z\d]{1,8})*$/;
export const MAX_LINE = 300;
export const MAX_TEXT = 5000;
export const MAX_URL = 2000;

export interface Context {
  /** Relative URLs are resolved against this; without it they are dropped. */
  readonly base?: string | undefined;
  report(field: string, reason: string): void;
}
type Check = (v: unknown, ctx: Context, path: string) => unknown;

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v == 'object' && v !== null && !Array.isArray(v);

const isShort = (v: unknown, max: number): v is string => typeof v == 'string' && v.length <= max;

/** A non-empty string cut at `max` UTF-16 units, never in the middle of a surrogate pair. */
const string = (max: number) => (v: unknown) =>
  typeof v == 'string' && v ? v.slice(0, max).replace(/[\uD800-\uDBFF]$/, '') : undefined;

const date = (pattern?: RegExp) => (v: unknown) =>
  isShort(v, 40) && ISO_DATE.test(v) && (!pattern || pattern.test(v)) && !isNaN(Date.parse(v)) ? v : undefined;

/** A string, or `{ lang: string }` keeping the entries that are strings under a language tag. */
const text = (max: number): Check => (v, ctx, path) => {
  if (!isRecord(v)) return string(max)(v);
  const out: Record<string, string> = {};
  for (const lang of Object.keys(v)) {
    const s = string(max)(v[lang]);
    if (s && LANGUAGE_TAG.test(lang)) out[lang] = s;
    else if (v[lang] !== '') ctx.report(`${path}.${lang.slice(0, 20)}`, 'expected a string under a language tag');
  }
  return Object.keys(out)[0] && out;
};

export function parseUrl(v: unknown, base?: string): URL | undefined {
  try {
    if (isShort(v, MAX_URL)) return new URL(v, base);
  } catch {
    // not a URL, or relative without a base: dropped by the caller
  }
}

const httpUrl = (v: unknown, ctx: Context) => {
  const url = parseUrl(v, ctx.base);
  return url && /^https?:$/.test(url.protocol) ? url.href : undefined;
};

const email = (v: unknown) => (isShort(v, 254) && EMAIL.test(v) ? { email: v } : undefined);

/** `{ url }` (http(s), or a `mailto:` that becomes `{ email }`) or `{ email }`. */
const contact: Check = (v, ctx) => {
  if (!isRecord(v)) return;
  const mailto = parseUrl(v.url);
  if (v.url == null || mailto?.protocol == 'mailto:') return email(mailto ? mailto.pathname : v.email);
  const url = httpUrl(v.url, ctx);
  return url && { url };
};

const code = (v: unknown, known: (code: string) => unknown) =>
  isShort(v, 5) && known(v.toUpperCase()) ? v.toUpperCase() : undefined;

const territory: Check = (v) => {
  if (!isRecord(v)) return;
  const [key, value] =
    v.scope === 'national' ? ['scope', v.scope]
    : v.insee != null ? ['insee', code(v.insee, isCommuneCode)]
    : v.department != null ? ['department', code(v.department, regionOf)]
    : ['region', code(v.region, isRegionCode)];
  const name = string(MAX_LINE)(v.name);
  return value && (name ? { [key]: value, name } : { [key]: value });
};

const timeZone = (v: unknown) => {
  try {
    if (isShort(v, 64)) return new Intl.DateTimeFormat('en', { timeZone: v }).resolvedOptions().timeZone;
  } catch {
    // RangeError: a time zone this browser does not know
  }
};

const integer = (min: number, max: number) => (v: unknown) =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? v : undefined;

export const SCALARS = {
  id: string(200),
  string: string(MAX_LINE),
  /** Short text: names, titles, taglines, labels. */
  label: text(MAX_LINE),
  text: text(MAX_TEXT),
  /** An absolute http(s) URL. */
  url: httpUrl,
  date: date(),
  /** RFC 3339: a date-time with its offset. */
  instant: date(WITH_OFFSET),
  number: (v: unknown) => (Number.isFinite(v) ? v : undefined),
  count: integer(0, Infinity),
  /** A UN Sustainable Development Goal. */
  sdg: integer(1, 17),
  boolean: (v: unknown) => (typeof v == 'boolean' ? v : undefined),
  /** An IANA time zone this browser knows, in its canonical spelling. */
  timeZone,
  insee: (v: unknown) => code(v, isCommuneCode),
  contact,
  territory,
} satisfies Record<string, Check>;

export type Scalar = keyof typeof SCALARS;

/**
 * What a report says was expected, where the leaf's name alone would not say it (the feed
 * builder words every leaf more fully for authors; this is for the page's console).
 */
export const EXPECTED: Partial<Record<Scalar, string>> = {
  label: 'text',
  instant: 'date-time with offset',
};
