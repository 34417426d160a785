/**
 * The validator as it was before it was made fast (commit 7470008: validate/walk.ts, the leaf
 * checks of validate/scalars.ts, validate/item.ts and validate/feed-index.ts), kept as it was
 * but for imports, names and types, as the reference that `validate-equivalence.test.ts` holds
 * the real one to: same items, same warnings, for any input. It reads the same shapes, so it
 * follows the contract; when a *rule* changes on purpose (a new leaf check, another message),
 * change it here too, in the plainest way it can be written.
 */
import { FeedError } from '../src/errors.js';
import { isCommuneCode, isRegionCode, regionOf } from '../src/territory.js';
import { COLLECTIONS, type DataWarning } from '../src/types.js';
import { ITEM_SHAPES, LAB_SHAPE, LIST, type Type } from '../src/validate/shapes.js';

const ISO_DATE = /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|[+-]\d\d:\d\d)?)?$/;
const WITH_OFFSET = /T.+(Z|[+-]\d\d:\d\d)$/;
const EMAIL = /^[\w.+'-]+@[\w-]+(\.[\w-]+)+$/;
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z\d]{1,8})*$/;
const MAX_LINE = 300;
const MAX_TEXT = 5000;
const MAX_URL = 2000;

interface Context {
  readonly base?: string | undefined;
  report(field: string, reason: string): void;
}
type Check = (v: unknown, ctx: Context, path: string) => unknown;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v == 'object' && v !== null && !Array.isArray(v);
const isShort = (v: unknown, max: number): v is string => typeof v == 'string' && v.length <= max;

const string = (max: number) => (v: unknown) =>
  typeof v == 'string' && v ? v.slice(0, max).replace(/[\uD800-\uDBFF]$/, '') : undefined;

const date = (pattern?: RegExp) => (v: unknown) =>
  isShort(v, 40) && ISO_DATE.test(v) && (!pattern || pattern.test(v)) && !isNaN(Date.parse(v)) ? v : undefined;

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

function parseUrl(v: unknown, base?: string): URL | undefined {
  try {
    if (isShort(v, MAX_URL)) return new URL(v, base);
  } catch {
    // dropped by the caller
  }
}

export const referenceUrl = (v: unknown, ctx: { base?: string | undefined }): string | undefined => {
  const url = parseUrl(v, ctx.base);
  return url && /^https?:$/.test(url.protocol) ? url.href : undefined;
};

const email = (v: unknown) => (isShort(v, 254) && EMAIL.test(v) ? { email: v } : undefined);

const contact: Check = (v, ctx) => {
  if (!isRecord(v)) return;
  const mailto = parseUrl(v.url);
  if (v.url == null || mailto?.protocol == 'mailto:') return email(mailto ? mailto.pathname : v.email);
  const url = referenceUrl(v.url, ctx);
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
    // unknown time zone
  }
};

const integer = (min: number, max: number) => (v: unknown) =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? v : undefined;

const SCALARS: Record<string, Check> = {
  id: string(200),
  string: string(MAX_LINE),
  label: text(MAX_LINE),
  text: text(MAX_TEXT),
  url: referenceUrl,
  date: date(),
  instant: date(WITH_OFFSET),
  number: (v: unknown) => (Number.isFinite(v) ? v : undefined),
  count: integer(0, Infinity),
  sdg: integer(1, 17),
  boolean: (v: unknown) => (typeof v == 'boolean' ? v : undefined),
  timeZone,
  insee: (v: unknown) => code(v, isCommuneCode),
  contact,
  territory,
};

const EXPECTED: Record<string, string> = { label: 'text', instant: 'date-time with offset' };

class Bad {
  constructor(readonly why: string) {}
}

const MISSING = 'missing';

function walk(type: Type, v: unknown, path: string, ctx: Context): unknown {
  if (typeof type == 'string') return SCALARS[type]!(v, ctx, path) ?? new Bad('expected ' + (EXPECTED[type] ?? type));
  if (Array.isArray(type)) {
    return type.includes(v as string) ? v : new Bad(`${typeof v == 'string' ? `"${v.slice(0, 40)}" is not` : 'expected'} one of: ${type.join(', ')}`);
  }
  if (LIST in type) {
    if (!Array.isArray(v)) return new Bad('expected a list');
    return v.flatMap((entry: unknown, i) => {
      const out = walk((type as { [LIST]: Type })[LIST], entry, `${path}.${i}`, ctx);
      return out instanceof Bad ? (ctx.report(`${path}.${i}`, out.why), []) : [out];
    });
  }
  if (!isRecord(v)) return new Bad('expected an object');
  const out: Record<string, unknown> = {};
  for (const [key, fieldType] of Object.entries(type)) {
    const [, name = '', mark] = /^(.+?)([!=]?)$/.exec(key)!;
    const raw = v[name];
    const field = path ? `${path}.${name}` : name;
    let value = raw == null || raw === '' ? new Bad(MISSING) : walk(fieldType, raw, field, ctx);
    if (value instanceof Bad) {
      if (mark == '!' || (mark && value.why != MISSING)) return new Bad(`${name}: ${value.why}`);
      if (value.why != MISSING) ctx.report(field, value.why);
      value = mark ? (fieldType as readonly string[])[0] : typeof fieldType == 'object' && LIST in fieldType ? [] : undefined;
    }
    if (value !== undefined) out[name] = value;
  }
  return out;
}

/** `walk` as the feed builder calls it (lab.yml), for comparison with the real `walk`. */
export function referenceWalk(type: Type, v: unknown, path: string, ctx: Context): { bad?: string; value?: unknown } {
  const out = walk(type, v, path, ctx);
  return out instanceof Bad ? { bad: out.why } : { value: out };
}

const warning = (collection: string, item: string, field: string, reason: string, dropped: DataWarning['dropped']): DataWarning =>
  ({ collection, item, field, reason, dropped });

type Name = keyof typeof ITEM_SHAPES;

export function referenceItem(collection: Name, raw: unknown, position: number, report: (w: DataWarning) => void, baseUrl?: string): unknown {
  const id = (isRecord(raw) && SCALARS.id!(raw.id, { report() {} }, '')) || `#${position}`;
  const out = walk(ITEM_SHAPES[collection], raw, '', {
    base: baseUrl,
    report: (field, reason) => report(warning(collection, id as string, field, reason, 'field')),
  });
  if (!(out instanceof Bad)) return out;
  report(warning(collection, id as string, '', out.why, 'item'));
}

export function referenceCollection(name: Name, raw: unknown, baseUrl?: string): { items: unknown[]; warnings: DataWarning[] } {
  const warnings: DataWarning[] = [];
  const report = (w: DataWarning) => void warnings.push(w);
  const entries: unknown[] | undefined =
    Array.isArray(raw) ? raw : isRecord(raw) && raw.version === 1 && Array.isArray(raw.items) ? raw.items : undefined;
  if (!entries) report(warning(name, '', '', 'expected { "version": 1, "items": [...] }', 'item'));
  const seen = new Set<string>();
  const items = (entries ?? []).flatMap((entry, i) => {
    const item = referenceItem(name, entry, i, report, baseUrl) as { id: string; visibility: string } | undefined;
    if (item && seen.has(item.id)) report(warning(name, item.id, '', 'id: used by an earlier item', 'item'));
    else if (item && seen.add(item.id) && item.visibility != 'private') return [item];
    return [];
  });
  return { items, warnings };
}

export function referenceIndex(raw: unknown, indexUrl: string): { index: unknown; warnings: DataWarning[] } {
  const fail = (kind: 'not-a-feed' | 'unsupported-version', why: string) => {
    throw new FeedError(kind, `${indexUrl}: ${why}`, { url: indexUrl });
  };
  if (!isRecord(raw) || raw.feed !== 'living-lab') return fail('not-a-feed', 'not a living-lab feed');
  if (raw.version !== 1) fail('unsupported-version', `version ${String(raw.version)}, expected 1`);
  const collections = isRecord(raw.collections) ? raw.collections : fail('not-a-feed', 'no collections');
  const warnings: DataWarning[] = [];
  const ctx = { base: indexUrl, report: (field: string, reason: string) => void warnings.push(warning('index', '', field, reason, 'field')) };
  const head = walk({ lab: LAB_SHAPE, generatedAt: 'date' }, raw, '', ctx) as object;
  const found: Record<string, unknown> = {};
  for (const name of COLLECTIONS) {
    const c = collections[name];
    const url = referenceUrl(c, ctx);
    if (Array.isArray(c)) {
      const inline = referenceCollection(name, c, indexUrl);
      found[name] = inline.items;
      warnings.push(...inline.warnings);
    } else if (url && parseUrl(url)?.origin == parseUrl(indexUrl)?.origin) found[name] = url;
    else if (c != null) ctx.report('collections.' + name, "expected items or a URL on the feed's host");
  }
  return { index: { lab: { name: '' }, ...head, feed: 'living-lab', version: 1, collections: found }, warnings };
}
