/**
 * The feed contract as data: one description per item kind, read by the validator (`walk.ts`)
 * and by the JSON Schema writer (`json-schema.ts`), so the two cannot disagree.
 *
 * A type is a leaf name from `scalars.ts`, an enum (the const arrays of `types.ts`), `list(type)`,
 * or a shape: `{ field: type }`. A field named `x!` is required (without it the object is
 * dropped); `x=` defaults to the enum's first value when absent, and an unknown value drops the
 * object, because guessing `public` for a mistyped `private` would be worse than showing nothing.
 */
import {
  ATTENDANCE_MODES, COMMITMENTS, DOMAINS, EVENT_KINDS, EVENT_STATUSES, ORGANIZATION_KINDS, PARTNER_ROLES,
  PAY_UNITS, REMOTE_MODES, STAGES, TALENT_KINDS,
  type CollectionName, type Compensation, type EventAccessibility, type Lab, type LabEvent, type Metric,
  type Organization, type Partner, type Period, type Project, type SeriesPoint, type Source, type TalentCall,
  type Venue, type Visibility,
} from '../types.js';
import type { Scalar } from './scalars.js';

export const LIST = '[]';
export type Type = Scalar | readonly string[] | List | Shape;
export interface List { readonly [LIST]: Type }
export interface Shape { readonly [field: string]: Type }

export const list = (of: Type): List => ({ [LIST]: of });

export const VISIBILITIES = ['public', 'unlisted', 'private'] as const satisfies readonly Visibility[];

const item = { 'id!': 'id', updatedAt: 'date', 'visibility=': VISIBILITIES } as const;

const period = { start: 'date', end: 'date' } as const;
const source = { name: 'string', url: 'url' } as const;
const seriesPoint = { 'date!': 'date', 'value!': 'number' } as const;

const metric = {
  'id!': 'id', 'label!': 'label', 'value!': 'number', unit: 'string', target: 'number', baseline: 'number',
  'direction=': ['up', 'down'], period, source, verifiedAt: 'date', sdg: 'sdg', series: list(seriesPoint),
} as const;

const partner = { 'organization!': 'id', role: PARTNER_ROLES } as const;

const project = {
  ...item, 'name!': 'label', tagline: 'label', description: 'text', organization: 'id',
  domains: list(DOMAINS), sdgs: list('sdg'), stage: STAGES, territories: list('territory'),
  website: 'url', logo: 'url', image: 'url', partners: list(partner), metrics: list(metric),
  tags: list('string'), startedAt: 'date',
} as const;

const organization = {
  ...item, 'name!': 'label', kind: ORGANIZATION_KINDS, website: 'url', logo: 'url', territories: list('territory'),
} as const;

const compensation = { min: 'number', max: 'number', 'currency!': 'string', 'unit!': PAY_UNITS } as const;

const talent = {
  ...item, 'title!': 'label', description: 'text', organization: 'id', project: 'id', kind: TALENT_KINDS,
  skills: list('string'), commitment: COMMITMENTS, hoursPerWeek: 'number', remote: REMOTE_MODES,
  location: 'territory', compensation, startDate: 'date', deadline: 'date', apply: 'contact',
  postedAt: 'date', 'status=': ['open', 'closed'],
} as const;

const venue = {
  name: 'string', address: 'string', postalCode: 'string', city: 'string', insee: 'insee', lat: 'number', lon: 'number',
} as const;

const accessibility = { wheelchair: 'boolean', hearingLoop: 'boolean', signLanguage: 'boolean' } as const;

const event = {
  ...item, 'title!': 'label', description: 'text', kind: EVENT_KINDS, 'start!': 'instant', end: 'instant',
  timezone: 'timeZone', attendance: ATTENDANCE_MODES, venue, onlineUrl: 'url', registration: 'contact',
  capacity: 'count', 'status=': EVENT_STATUSES, organizers: list('id'), projects: list('id'), tags: list('string'),
  accessibility,
} as const;

export const LAB_SHAPE = { 'name!': 'label', url: 'url', logo: 'url' } as const satisfies Shape;

export const ITEM_SHAPES = {
  projects: project,
  organizations: organization,
  talent,
  events: event,
} as const satisfies Record<CollectionName, Shape>;

// Compile-time guard: every shape names exactly the fields of its type in types.ts.
type Fields<S> = { [K in keyof S]: K extends `${infer N}${'!' | '='}` ? N : K }[keyof S];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type ShapesMatchTypes = [
  Assert<Same<Fields<typeof project>, keyof Project>>,
  Assert<Same<Fields<typeof organization>, keyof Organization>>,
  Assert<Same<Fields<typeof talent>, keyof TalentCall>>,
  Assert<Same<Fields<typeof event>, keyof LabEvent>>,
  Assert<Same<Fields<typeof metric>, keyof Metric>>,
  Assert<Same<Fields<typeof partner>, keyof Partner>>,
  Assert<Same<Fields<typeof compensation>, keyof Compensation>>,
  Assert<Same<Fields<typeof venue>, keyof Venue>>,
  Assert<Same<Fields<typeof accessibility>, keyof EventAccessibility>>,
  Assert<Same<Fields<typeof period>, keyof Period>>,
  Assert<Same<Fields<typeof source>, keyof Source>>,
  Assert<Same<Fields<typeof seriesPoint>, keyof SeriesPoint>>,
  Assert<Same<Fields<typeof LAB_SHAPE>, keyof Lab>>,
];
