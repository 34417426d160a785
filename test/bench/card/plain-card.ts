// The baseline: what a careful developer would write by hand to show the same card without a
// framework. Same shadow DOM (the harness checks it node for node), the card's own stylesheets
// adopted as shared CSSStyleSheet objects, text set as text, numbers through one cached
// Intl.NumberFormat. It trusts its data, as hand-written page code usually does; the card cannot.
import type { Project, Territory } from '@living-lab/data';
import { fr } from '../../../packages/elements/src/i18n/fr.js';

const numbers = new Intl.NumberFormat('fr', { maximumFractionDigits: 0 });
const plurals = new Intl.PluralRules('fr');

export interface PlainCard {
  readonly host: HTMLElement;
  /** Kept so an update is one assignment, the fastest a hand-written update can be. */
  readonly tagline: Text;
}

/** Shared with the first-render baseline (data/plain-feed-card.ts): one way to build plain DOM. */
export function element(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const name in attributes) el.setAttribute(name, attributes[name]!);
  el.append(...children);
  return el;
}

export const monogram = (name: string): string =>
  name
    .split(/[\s\-–—'’]+/u)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]!.toLocaleUpperCase())
    .join('');

export function createPlainCard(project: Project, sheets: CSSStyleSheet[]): PlainCard {
  const host = document.createElement('ll-plain-card');
  // The attributes the card reflects, so that `:host([…])` rules match the same way.
  host.setAttribute('variant', 'compact');
  host.setAttribute('state', 'ready');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets;

  const name = project.name as string;
  const place = project.territories[0] as Territory & { name: string };
  const metric = project.metrics[0]!;
  const units = fr.units[metric.unit!]!;
  const tagline = document.createTextNode(project.tagline as string);

  root.append(
    element(
      'article',
      { part: 'card', class: 'card', 'aria-labelledby': 'name' },
      element(
        'div',
        { class: 'head' },
        element('span', { part: 'monogram', 'aria-hidden': 'true' }, monogram(name)),
        element('h3', { id: 'name', part: 'name' }, name),
      ),
      element('p', { part: 'tagline' }, tagline),
      element(
        'ul',
        { part: 'domains', 'aria-label': fr.domainsLabel },
        ...project.domains.map((d) => element('li', { part: 'domain' }, fr.domains[d])),
      ),
      element(
        'dl',
        { part: 'meta' },
        element('div', {}, element('dt', {}, fr.territory), element('dd', {}, place.name)),
        element('div', {}, element('dt', {}, fr.stage), element('dd', {}, fr.stages[project.stage!])),
      ),
      element(
        'p',
        { part: 'metric' },
        element('span', { part: 'metric-value' }, `${numbers.format(metric.value)} ${plurals.select(metric.value) === 'one' ? units[0] : units[1]}`),
        element('span', { class: 'metric-label' }, metric.label as string),
      ),
      element(
        'a',
        { part: 'link', href: project.website! },
        fr.visitProject,
        element('span', { class: 'visually-hidden' }, ` : ${name}`),
      ),
    ),
  );
  return { host, tagline };
}
