import { EXPECTED, SCALARS, isRecord, type Context } from './scalars.js';
import { LIST, type Type } from './shapes.js';

/** Why a value was unusable; the caller decides whether that drops a field, a list entry or the item. */
export class Bad {
  constructor(readonly why: string) {}
}

const MISSING = 'missing';

/**
 * Cleans `v` against `type`: returns the value to keep (defaults filled, unknown fields left
 * out), or a `Bad`. Problems below `v` that do not make `v` itself unusable (a list entry, an
 * optional field) are reported through `ctx` and dropped on the spot.
 */
export function walk(type: Type, v: unknown, path: string, ctx: Context): unknown {
  if (typeof type == 'string') return SCALARS[type](v, ctx, path) ?? new Bad('expected ' + (EXPECTED[type] ?? type));
  if (Array.isArray(type)) {
    return type.includes(v as string) ? v : new Bad(`${typeof v == 'string' ? `"${v.slice(0, 40)}" is not` : 'expected'} one of: ${type.join(', ')}`);
  }
  if (LIST in type) {
    if (!Array.isArray(v)) return new Bad('expected a list');
    return v.flatMap((entry: unknown, i) => {
      const out = walk(type[LIST], entry, `${path}.${i}`, ctx);
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
      // `=` fields fall back to their default only when absent: a mistyped `private` is not `public`.
      if (mark == '!' || (mark && value.why != MISSING)) return new Bad(`${name}: ${value.why}`);
      if (value.why != MISSING) ctx.report(field, value.why);
      value = mark ? (fieldType as readonly string[])[0] : typeof fieldType == 'object' && LIST in fieldType ? [] : undefined;
    }
    if (value !== undefined) out[name] = value;
  }
  return out;
}
