import { LIST, type Type } from '../validate/shapes.js';

/**
 * Paths of the fields the contract does not know: ignored by readers, but most often a typo
 * (`tagLine`) that a feed author wants to hear about.
 */
export function unknownFields(type: Type, value: unknown, path = ''): string[] {
  if (typeof type == 'string' || Array.isArray(type) || !value || typeof value != 'object') return [];
  if (LIST in type) {
    const of = (type as { [LIST]: Type })[LIST];
    return Array.isArray(value) ? value.flatMap((v, i) => unknownFields(of, v, `${path}.${i}`)) : [];
  }
  if (Array.isArray(value)) return [];
  const fields = new Map(Object.entries(type).map(([key, t]) => [key.replace(/[!=]$/, ''), t]));
  return Object.entries(value).flatMap(([key, v]) => {
    const field = path ? `${path}.${key}` : key;
    const t = fields.get(key);
    return t === undefined ? [field] : unknownFields(t, v, field);
  });
}
