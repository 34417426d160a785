import { EXPECTED, SCALARS, isRecord, parseUrl, type Context } from './scalars.js';
import { LIST, type Shape, type Type } from './shapes.js';

/** Why a value was unusable; the caller decides whether that drops a field, a list entry or the item. */
export class Bad {
  constructor(readonly why: string) {}
}

const MISSING = new Bad('missing');

/**
 * A walk in progress. `keys` lead from the root to the value being checked; they become a field
 * path (`metrics.0.label.fr`) only when something is reported, since nearly nothing is, and
 * building every path was much of validation's time and garbage.
 */
export interface Walk {
  /** Relative URLs are resolved against this; without it they are dropped. */
  readonly base?: string | undefined;
  /** Whether `base` is absent or a URL, so that an absolute URL resolves to itself. */
  readonly baseIsUrl: boolean;
  readonly keys: (string | number)[];
  /** Reports a problem with the value under `key` of the one being checked. */
  report(key: string | number, why: string): void;
}

export const walker = ({ base, report }: Context, path = ''): Walk => {
  const keys = path ? [path] : [];
  return { base, baseIsUrl: base === undefined || !!parseUrl(base), keys, report: (key, why) => report([...keys, key].join('.'), why) };
};

/** Checks a value against one type: the value to keep (defaults filled, unknown fields left out), or a `Bad`. */
export type Checker = (v: unknown, at: Walk) => unknown;

/**
 * A type of shapes.ts made into its checker, once, so that the walk never parses a field name
 * or looks a type up again (it did so for every object of the feed). Closures, not generated
 * code: pages under a strict Content-Security-Policy allow no `new Function`.
 */
export function checkerOf(type: Type): Checker {
  if (typeof type == 'string') {
    const check: Checker = SCALARS[type];
    return (v, at) => check(v, at) ?? new Bad('expected ' + (EXPECTED[type] ?? type));
  }
  if (Array.isArray(type)) {
    return (v) => (type.includes(v) ? v : new Bad(`${typeof v == 'string' ? `"${v.slice(0, 40)}" is not` : 'expected'} one of: ${type.join(', ')}`));
  }
  if (LIST in type) {
    const check = checkerOf((type as { [LIST]: Type })[LIST]);
    return (v, at) => {
      if (!Array.isArray(v)) return new Bad('expected a list');
      const out: unknown[] = [];
      // `forEach` skips the holes of a sparse array, as `flatMap` did.
      v.forEach((entry, i) => {
        at.keys.push(i);
        const value = check(entry, at);
        at.keys.pop();
        if (value instanceof Bad) at.report(i, value.why);
        else out.push(value);
      });
      return out;
    };
  }
  const fields = Object.entries(type as Shape).map(([key, type]) => {
    const [, name = '', mark] = /^(.+?)([!=]?)$/.exec(key)!;
    return { name, mark, type, check: checkerOf(type) };
  });
  return (v, at) => {
    if (!isRecord(v)) return new Bad('expected an object');
    const out: Record<string, unknown> = {};
    for (const { name, mark, type, check } of fields) {
      const raw = v[name];
      let value: unknown = MISSING;
      if (raw != null && raw !== '') {
        at.keys.push(name);
        value = check(raw, at);
        at.keys.pop();
      }
      if (value instanceof Bad) {
        // `=` fields fall back to their default only when absent: a mistyped `private` is not `public`.
        if (mark == '!' || (mark && value != MISSING)) return new Bad(`${name}: ${value.why}`);
        if (value != MISSING) at.report(name, value.why);
        value = mark ? (type as readonly string[])[0] : typeof type == 'object' && LIST in type ? [] : undefined;
      }
      if (value !== undefined) out[name] = value;
    }
    return out;
  };
}

/**
 * Cleans `v` against `shape`: returns the object to keep (defaults filled, unknown fields left
 * out), or a `Bad`. Problems below `v` that do not make `v` itself unusable (a list entry, an
 * optional field) are reported through `ctx`, under `path`, and dropped on the spot.
 */
export const walk = (shape: Shape, v: unknown, path: string, ctx: Context): unknown => checkerOf(shape)(v, walker(ctx, path));
