/**
 * The leaf types of the feed: each a check that returns the cleaned value, or `undefined` when
 * the value cannot be used. Lengths are checked before any regex or URL parsing, so that a huge
 * string costs nothing.
 */
import { isCommuneCode, isRegionCode, regionOf } from '../territory.js';
import type { Walk } from './walk.js';

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
type Check = (v: unknown, at: Walk) => unknown;

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v == 'object' && v !== null && !Array.isArray(v);

const isShort = (v: unknown, max: number): v is string => typeof v == 'string' && v.length <= max;

/**
 * A non-empty string cut at `max` UTF-16 units, never in the middle of a surrogate pair (nor
 * ending on the first half of one). Nearly every string fits and ends on a whole character,
 * and is kept as it is: no copy, no regex.
 */
const cut = (v: unknown, max: number) =>
  typeof v == 'string' && v
    ? v.length > max || (v.charCodeAt(v.length - 1) & 0xfc00) == 0xd800 ? v.slice(0, max).replace(/[\uD800-\uDBFF]$/, '') : v
    : undefined;

const string = (max: number) => (v: unknown) => cut(v, max);

/**
 * `YYYY-MM-DD` naming a day that every year has (February 29 is left out). That is ECMA-262's
 * own date format, which every engine's `Date.parse` must accept, so such a date is good
 * without the costlier checks; any other date or time gets them, since engines differ on what
 * else they accept (V8 takes February 30).
 */
export const COMMON_DAY = /^\d{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)$/;

const date = (pattern?: RegExp) => (v: unknown) =>
  isShort(v, 40) && ((!pattern && COMMON_DAY.test(v)) || (ISO_DATE.test(v) && (!pattern || pattern.test(v)) && !isNaN(Date.parse(v)))) ? v : undefined;

/** A string, or `{ lang: string }` keeping the entries that are strings under a language tag. */
const text = (max: number): Check => (v, at) => {
  if (!isRecord(v)) return cut(v, max);
  const out: Record<string, string> = {};
  for (const lang of Object.keys(v)) {
    const s = cut(v[lang], max);
    if (s && LANGUAGE_TAG.test(lang)) out[lang] = s;
    else if (v[lang] !== '') at.report(lang.slice(0, 20), 'expected a string under a language tag');
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

/**
 * An absolute http(s) URL already written as the URL Standard (and so `new URL().href`) writes
 * it, which needs no parsing: that was the costliest step of validation by far. Only the
 * plainest form qualifies: lower-case scheme and host; a host of letters and digits in runs
 * joined by single dots or hyphens (so no `xn--` punycode, which parsers check), the last run
 * starting with a letter (so never an IPv4 address); no user, no port; then a path, maybe a
 * query and a fragment, of characters that no parser escapes or changes: no `%`, `\\`, quote,
 * space, control or non-ASCII character. A segment that starts with a dot (`/./`, `/../`) is
 * left to `new URL` too. validate-equivalence.test.ts holds this to `new URL` on many inputs.
 */
export const isFinalUrl = (v: string): boolean => /^https?:\/\/(?:[a-z\d]+[.-])*[a-z][a-z\d]*\/[\w/?#=&~+:;,@!$*().-]*$/.test(v) && !v.includes('/.');

const httpUrl = (v: unknown, at: { readonly base?: string | undefined; readonly baseIsUrl?: boolean }) => {
  // With a base that is not a URL, `new URL` throws even for an absolute URL: no shortcut then
  // (nor for a caller that does not say, such as validateIndex).
  if (at.baseIsUrl && isShort(v, MAX_URL) && isFinalUrl(v)) return v;
  // `href` alone, not `protocol` too: every property read of a `URL` is a call into the browser.
  const href = parseUrl(v, at.base)?.href;
  return href && /^https?:/.test(href) ? href : undefined;
};

const email = (v: unknown) => (isShort(v, 254) && EMAIL.test(v) ? { email: v } : undefined);

/** `{ url }` (http(s), or a `mailto:` that becomes `{ email }`) or `{ email }`. */
const contact: Check = (v, at) => {
  if (!isRecord(v)) return;
  const mailto = parseUrl(v.url);
  if (v.url == null || mailto?.protocol == 'mailto:') return email(mailto ? mailto.pathname : v.email);
  const url = httpUrl(v.url, at);
  return url && { url };
};

const code = (v: unknown, known: (code: string) => unknown) =>
  isShort(v, 5) && known(v.toUpperCase()) ? v.toUpperCase() : undefined;

/** How each kind of territory code is checked. */
const KNOWN: Record<string, (code: string) => unknown> = { insee: isCommuneCode, department: regionOf, region: isRegionCode };

const territory: Check = (v) => {
  if (!isRecord(v)) return;
  // No destructuring and no computed key in a literal: both are slow paths in engines, and
  // feeds have territories by the thousand.
  const key = v.scope === 'national' ? 'scope' : v.insee != null ? 'insee' : v.department != null ? 'department' : 'region';
  const value = key == 'scope' ? 'national' : code(v[key], KNOWN[key]!);
  const name = cut(v.name, MAX_LINE);
  if (!value) return;
  const out: Record<string, string> = {};
  out[key] = value;
  if (name) out.name = name;
  return out;
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
