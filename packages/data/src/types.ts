/**
 * The feed contract, version 1 (see DESIGN.md, "The feed").
 *
 * These are the shapes *after* validation: every element and every helper imports them from
 * here. What arrives over the network is `unknown` until `validate*` has turned it into these.
 */

/** A string, or a map of language to string (`{ fr: "…", en: "…" }`). */
export type Text = string | Readonly<Record<string, string>>;

/** ISO-8601 date or date-time, kept as the feed wrote it (validated to parse). */
export type IsoDate = string;

/** An absolute `http:` or `https:` URL (the validator drops anything else). */
export type HttpUrl = string;

export type Visibility = 'public' | 'unlisted' | 'private';

export type Territory =
  | { readonly insee: string; readonly name?: string }
  | { readonly department: string; readonly name?: string }
  | { readonly region: string; readonly name?: string }
  | { readonly scope: 'national'; readonly name?: string };

export const DOMAINS = [
  'employment', 'education', 'health', 'environment', 'housing', 'mobility',
  'inclusion', 'citizenship', 'culture', 'food', 'energy', 'other',
] as const;
export type Domain = (typeof DOMAINS)[number];

export const STAGES = ['idea', 'prototype', 'pilot', 'scaling', 'established', 'closed'] as const;
export type Stage = (typeof STAGES)[number];

export const PARTNER_ROLES = ['public', 'startup', 'company', 'research', 'association', 'funder'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

export const ORGANIZATION_KINDS = [
  'startup', 'association', 'public', 'company', 'research', 'foundation', 'cooperative',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const TALENT_KINDS = [
  'job', 'freelance', 'internship', 'apprenticeship', 'volunteer', 'skills-sponsorship', 'civic-service',
] as const;
export type TalentKind = (typeof TALENT_KINDS)[number];

export const COMMITMENTS = ['full-time', 'part-time', 'occasional'] as const;
export type Commitment = (typeof COMMITMENTS)[number];

export const REMOTE_MODES = ['no', 'partial', 'full'] as const;
export type RemoteMode = (typeof REMOTE_MODES)[number];

export const PAY_UNITS = ['year', 'month', 'day', 'hour'] as const;
export type PayUnit = (typeof PAY_UNITS)[number];

export const EVENT_KINDS = [
  'meetup', 'hackathon', 'workshop', 'conference', 'demo-day', 'webinar', 'open-house',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const ATTENDANCE_MODES = ['in-person', 'online', 'mixed'] as const;
export type Attendance = (typeof ATTENDANCE_MODES)[number];

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'full', 'moved-online'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Well-known metric units; any other free-text unit is allowed too. */
export const KNOWN_UNITS = ['people', '%', 'EUR', 'tCO2e', 'hours'] as const;
export type MetricUnit = (typeof KNOWN_UNITS)[number] | (string & {});

/** Fields every item has. */
export interface ItemBase {
  readonly id: string;
  readonly updatedAt?: IsoDate;
  /** Defaults to `public` when absent. */
  readonly visibility: Visibility;
}

export interface Period {
  readonly start?: IsoDate;
  readonly end?: IsoDate;
}

export interface Source {
  readonly name?: string;
  readonly url?: HttpUrl;
}

export interface SeriesPoint {
  readonly date: IsoDate;
  readonly value: number;
}

export interface Metric {
  readonly id: string;
  readonly label: Text;
  readonly value: number;
  readonly unit?: MetricUnit;
  readonly target?: number;
  readonly baseline?: number;
  /** Which way is better; defaults to `up`. */
  readonly direction: 'up' | 'down';
  readonly period?: Period;
  readonly source?: Source;
  readonly verifiedAt?: IsoDate;
  readonly sdg?: number;
  readonly series?: readonly SeriesPoint[];
}

export interface Partner {
  readonly organization: string;
  readonly role?: PartnerRole;
}

export interface Project extends ItemBase {
  readonly name: Text;
  readonly tagline?: Text;
  readonly description?: Text;
  /** Organization id. */
  readonly organization?: string;
  readonly domains: readonly Domain[];
  readonly sdgs: readonly number[];
  readonly stage?: Stage;
  readonly territories: readonly Territory[];
  readonly website?: HttpUrl;
  readonly logo?: HttpUrl;
  readonly image?: HttpUrl;
  readonly partners: readonly Partner[];
  readonly metrics: readonly Metric[];
  readonly tags: readonly string[];
  readonly startedAt?: IsoDate;
}

export interface Organization extends ItemBase {
  readonly name: Text;
  readonly kind?: OrganizationKind;
  readonly website?: HttpUrl;
  readonly logo?: HttpUrl;
  readonly territories: readonly Territory[];
}

/** Where to apply or register: a web page, or an e-mail address (a `mailto:` URL in a feed becomes `{ email }`). */
export type Contact = { readonly url: HttpUrl } | { readonly email: string };

export interface Compensation {
  readonly min?: number;
  readonly max?: number;
  readonly currency: string;
  readonly unit: PayUnit;
}

export interface TalentCall extends ItemBase {
  readonly title: Text;
  readonly description?: Text;
  readonly organization?: string;
  readonly project?: string;
  readonly kind?: TalentKind;
  readonly skills: readonly string[];
  readonly commitment?: Commitment;
  readonly hoursPerWeek?: number;
  readonly remote?: RemoteMode;
  readonly location?: Territory;
  readonly compensation?: Compensation;
  readonly startDate?: IsoDate;
  readonly deadline?: IsoDate;
  readonly apply?: Contact;
  readonly postedAt?: IsoDate;
  /** Defaults to `open`. */
  readonly status: 'open' | 'closed';
}

export interface Venue {
  readonly name?: string;
  readonly address?: string;
  readonly postalCode?: string;
  readonly city?: string;
  readonly insee?: string;
  readonly lat?: number;
  readonly lon?: number;
}

export interface EventAccessibility {
  readonly wheelchair?: boolean;
  readonly hearingLoop?: boolean;
  readonly signLanguage?: boolean;
}

export interface LabEvent extends ItemBase {
  readonly title: Text;
  readonly description?: Text;
  readonly kind?: EventKind;
  /** RFC 3339 with offset. */
  readonly start: IsoDate;
  readonly end?: IsoDate;
  /** IANA time zone, e.g. `Europe/Paris`. */
  readonly timezone?: string;
  readonly attendance?: Attendance;
  readonly venue?: Venue;
  readonly onlineUrl?: HttpUrl;
  readonly registration?: Contact;
  readonly capacity?: number;
  /** Defaults to `scheduled`. */
  readonly status: EventStatus;
  readonly organizers: readonly string[];
  readonly projects: readonly string[];
  readonly tags: readonly string[];
  readonly accessibility?: EventAccessibility;
}

export interface Lab {
  readonly name: Text;
  readonly url?: HttpUrl;
  readonly logo?: HttpUrl;
}

export interface CollectionItems {
  projects: Project;
  organizations: Organization;
  talent: TalentCall;
  events: LabEvent;
}
export type CollectionName = keyof CollectionItems;
/** An item of any collection. */
export type Item = CollectionItems[CollectionName];
export const COLLECTIONS: readonly CollectionName[] = ['projects', 'organizations', 'talent', 'events'];

/** index.json after validation: each collection is a URL (resolved, absolute) or items inline. */
export interface FeedIndex {
  readonly feed: 'living-lab';
  readonly version: 1;
  readonly generatedAt?: IsoDate;
  readonly lab: Lab;
  readonly collections: {
    readonly [K in CollectionName]?: string | readonly CollectionItems[K][];
  };
}

/** One problem found in the feed: the item was dropped, or one of its fields was. */
export interface DataWarning {
  /** The collection or document the problem is in (`projects`, `index`, …). */
  readonly collection: string;
  /** The item's id when it has one, else its position as `#3`. */
  readonly item: string;
  /** Dotted path of the field, e.g. `metrics.0.value`; empty when the whole item was dropped. */
  readonly field: string;
  readonly reason: string;
  /** `item` when the whole item was dropped, `field` when only the field was. */
  readonly dropped: 'item' | 'field';
}
