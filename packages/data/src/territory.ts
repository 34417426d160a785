import { REGION_CODES, regionOfDepartment } from './territories-table.js';
import type { Territory } from './types.js';

/** A territory filter as an element's `territory` attribute gives it (`commune:69123`, `department:69`, `region:84`). */
export interface TerritoryFilter {
  readonly kind: 'commune' | 'department' | 'region';
  readonly code: string;
}

export const regionOf = (department: string): string | undefined => regionOfDepartment(department.toUpperCase());

/** The department of a commune's INSEE code: 2 characters (`69`, `2A`), or 3 overseas (`974`). */
export function departmentOf(insee: string): string | undefined {
  const department = insee.slice(0, insee.startsWith('97') ? 3 : 2).toUpperCase();
  return regionOf(department) && department;
}

/** A commune code: 5 characters (Corsica's start `2A`/`2B`) in a department we know. */
export const isCommuneCode = (code: string): boolean => /^(\d\d|2[AB])\d{3}$/i.test(code) && !!departmentOf(code);

export const isRegionCode = (code: string): boolean => REGION_CODES.includes(code);

/** Any of the ways to name a place, read without trusting its types: a `Territory`, or a filter's code under its kind. */
type Place = { readonly [K in 'insee' | 'department' | 'region' | 'scope']?: unknown };

/**
 * The places that contain a place, itself last: `national`, then region, department, commune,
 * as far down as it goes. Empty for a place we cannot locate, so that it matches nothing.
 */
function chainOf({ insee, department, region, scope }: Place): string[] {
  if (scope) return scope == 'national' ? ['national'] : [];
  const commune = typeof insee == 'string' && isCommuneCode(insee) && insee.toUpperCase();
  const dep = commune ? departmentOf(commune) : typeof department == 'string' && department.toUpperCase();
  const reg = dep ? regionOf(dep) : typeof region == 'string' && isRegionCode(region) && region;
  return reg ? ['national', 'r' + reg, dep && 'd' + dep, commune && 'c' + commune].filter((p): p is string => !!p) : [];
}

const placeOf = ({ kind, code }: TerritoryFilter): Place => ({ [kind == 'commune' ? 'insee' : kind]: code });

export function parseTerritoryFilter(s: string): TerritoryFilter | undefined {
  const [, kind, code = ''] = /^(?:(commune|department|region):)?(\w{2,5})$/i.exec(s.trim()) ?? [];
  const filter = {
    kind: (kind?.toLowerCase() ?? (code.length == 5 ? 'commune' : 'department')) as TerritoryFilter['kind'],
    code: code.toUpperCase(),
  };
  return chainOf(placeOf(filter))[0] ? filter : undefined;
}

/**
 * DESIGN.md's matching rule: an item matches a filter when it lies inside the filtered place,
 * or (unless `localOnly`) when it covers that place from a wider level, national included.
 * An item with no territory matches nothing.
 */
export function territoryMatches(territories: readonly Territory[], filter: TerritoryFilter, localOnly = false): boolean {
  const f = chainOf(placeOf(filter));
  return territories.some((t) => {
    const c = chainOf(t);
    return c.includes(f.at(-1)!) || (!localOnly && f.includes(c.at(-1)!));
  });
}
