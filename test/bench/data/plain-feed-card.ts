// The first-render baseline's card: what a careful developer would write by hand to show a project
// straight from the feed's parsed JSON, trusting it (no validation). Unlike card/plain-card.ts
// (seeded projects of one shape) it takes any project of a real feed: text as a string or
// `{ fr, en }`, no tagline or website, several territories, metrics with any unit and a target.
// The harness checks that it renders the same shadow DOM as <ll-project-card> before timing.
import { fr } from '../../../packages/elements/src/i18n/fr.js';
import { element, monogram } from '../card/plain-card.js';

type Text = string | Record<string, string>;
type Place = { insee?: string; department?: string; region?: string; scope?: string; name?: string };
interface RawMetric {
  value?: number;
  unit?: string;
  target?: number;
  label?: Text;
}
/** A project as the feed's JSON has it. */
export interface RawProject {
  id: string;
  visibility?: string;
  name: Text;
  tagline?: Text;
  domains?: string[];
  stage?: string;
  territories?: Place[];
  metrics?: RawMetric[];
  website?: string;
}

/** The page is French: French, else whatever language there is. */
const pick = (text: Text | undefined): string => (typeof text === 'object' ? (text.fr ?? Object.values(text)[0] ?? '') : (text ?? ''));

const formats = {
  one: new Intl.NumberFormat('fr', { maximumFractionDigits: 1 }),
  zero: new Intl.NumberFormat('fr', { maximumFractionDigits: 0 }),
  percentOne: new Intl.NumberFormat('fr', { style: 'unit', unit: 'percent', maximumFractionDigits: 1 }),
  percentZero: new Intl.NumberFormat('fr', { style: 'unit', unit: 'percent', maximumFractionDigits: 0 }),
  euros: new Intl.NumberFormat('fr', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
};
const plurals = new Intl.PluralRules('fr');

function measure(value: number, unit: string | undefined): string {
  const small = Math.abs(value) < 100;
  const plain = (small ? formats.one : formats.zero).format(value);
  if (unit === '%') return (small ? formats.percentOne : formats.percentZero).format(value);
  if (unit === 'EUR') return formats.euros.format(value);
  if (unit === 'tCO2e') return `${plain} tCO₂e`;
  if (!unit) return plain;
  const forms = fr.units[unit];
  return forms ? `${plain} ${plurals.select(value) === 'one' ? forms[0] : forms[1]}` : `${plain} ${unit}`;
}

const placeName = (place: Place) =>
  place.scope ? fr.nationwide : place.name || place.insee || place.department || place.region || '';

export function createPlainFeedCard(project: RawProject, sheets: CSSStyleSheet[]): HTMLElement {
  const host = document.createElement('ll-plain-card');
  host.setAttribute('variant', 'compact');
  host.setAttribute('state', 'ready');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;

  const name = pick(project.name);
  const domains = (project.domains ?? []).filter((d) => d in fr.domains) as (keyof typeof fr.domains)[];
  const places = project.territories ?? [];
  const stage = project.stage ? fr.stages[project.stage as keyof typeof fr.stages] : undefined;
  const metric = project.metrics?.find((m) => Number.isFinite(m.value));

  const card = element(
    'article',
    { part: 'card', class: 'card', 'aria-labelledby': 'name' },
    element(
      'div',
      { class: 'head' },
      element('span', { part: 'monogram', 'aria-hidden': 'true' }, monogram(name)),
      element('h3', { id: 'name', part: 'name' }, name),
    ),
  );
  if (project.tagline) card.append(element('p', { part: 'tagline' }, pick(project.tagline)));
  if (domains.length) {
    card.append(element('ul', { part: 'domains', 'aria-label': fr.domainsLabel }, ...domains.map((d) => element('li', { part: 'domain' }, fr.domains[d]))));
  }
  const meta = element('dl', { part: 'meta' });
  if (places.length) meta.append(element('div', {}, element('dt', {}, fr.territory), element('dd', {}, places.map(placeName).join(', '))));
  if (stage) meta.append(element('div', {}, element('dt', {}, fr.stage), element('dd', {}, stage)));
  card.append(meta);
  if (metric) {
    const p = element(
      'p',
      { part: 'metric' },
      element('span', { part: 'metric-value' }, measure(metric.value!, metric.unit)),
      element('span', { class: 'metric-label' }, pick(metric.label)),
    );
    if (Number.isFinite(metric.target)) p.append(element('span', { class: 'metric-target' }, `(${fr.target} ${measure(metric.target!, metric.unit)})`));
    card.append(p);
  }
  if (project.website) {
    card.append(element('a', { part: 'link', href: project.website }, fr.visitProject, element('span', { class: 'visually-hidden' }, ` : ${name}`)));
  }
  root.append(card);
  return host;
}
