import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { pickText } from '@living-lab/data/text.js';
import type { Metric, Project, Territory, Text } from '@living-lab/data';
import { LivingLabElement } from '../shared/base-element.js';
import { LazyFeed } from '../shared/lazy-feed.js';
import type { FeedHost, FeedState } from '../shared/feed-controller.js';
import { heading, headingLevelConverter } from '../shared/heading.js';
import { safeHttpUrl } from '../shared/safe-url.js';
import { formatMeasure } from '../i18n/format.js';
import { styles } from './project-card.styles.js';

const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/** Data given as a property skipped the validator: any field may be of any type. */
const text = (value: unknown, lang: string): string =>
  typeof value === 'string' ? value : value && typeof value === 'object' ? String(pickText(value as Text, lang)) : '';

/**
 * One project of the living lab: its logo, name, tagline, domains, territory, stage, headline
 * metric and a link to its website.
 *
 * Give it a project in one of three ways: `.project = {…}` (no network at all), `project="id"`
 * inside an `<ll-ecosystem src="…">`, or `project="id"` with its own `src`.
 *
 * @summary A living-lab project, compact or full.
 * @tag ll-project-card
 *
 * @attr {string} project - The project's id in the feed.
 * @attr {'compact' | 'full'} variant - `compact` (default) or `full`.
 * @attr {number} heading-level - The level of the name's heading, 1–6 (default 3).
 * @attr {string} src - The feed's URL, when not inside `<ll-ecosystem>`.
 * @attr {'loading' | 'ready' | 'empty' | 'error' | 'stale'} state - Reflected by the card, for the page's CSS.
 *
 * @slot empty - Replaces the text shown when the project does not exist or is not public.
 *
 * @csspart card - The card's box.
 * @csspart logo - The project's logo image.
 * @csspart monogram - The initials shown when the project has no logo, or it fails to load.
 * @csspart name - The heading with the project's name.
 * @csspart tagline - The one-line tagline.
 * @csspart description - The description (full variant only).
 * @csspart domains - The list of domain tags.
 * @csspart domain - One domain tag.
 * @csspart meta - The territory and stage.
 * @csspart metric - The headline metric block.
 * @csspart metric-value - The metric's number and unit.
 * @csspart link - The link to the project's website.
 * @csspart status - The loading, empty, error and stale messages.
 * @csspart retry - The error view's retry button.
 *
 * @cssprop --ll-card-background - Card background.
 * @cssprop --ll-card-text - Card text colour.
 * @cssprop --ll-card-title-color - Colour of the project's name.
 * @cssprop --ll-card-border - Card border colour.
 * @cssprop --ll-card-radius - Card corner radius.
 * @cssprop --ll-card-padding - Space inside the card.
 * @cssprop --ll-card-gap - Space between the card's blocks.
 * @cssprop --ll-card-shadow - Card shadow.
 * @cssprop --ll-tag-background - Domain tag background.
 * @cssprop --ll-tag-text - Domain tag text colour.
 * @cssprop --ll-metric-value-color - Colour of the headline metric's number.
 * @cssprop --ll-color-link - Link colour.
 * @cssprop --ll-color-text-muted - Secondary text colour.
 * @cssprop --ll-color-focus - Focus ring colour.
 * @cssprop --ll-font-family - Font family.
 *
 * @fires ll-navigate - Before the project's link is followed; cancel it to stay on the page. Detail: `{ kind: 'project', id, url }`.
 * @fires ll-load - When the card has its data. Detail: `{ count }` (1, or 0 when empty).
 * @fires ll-error - When the feed cannot be loaded. Detail: `{ kind, message, status? }`.
 * @fires ll-data-warning - For each problem the feed validator found in the projects collection.
 */
export class ProjectCard extends LivingLabElement implements FeedHost {
  static override styles = styles;

  // Declared without decorators: lowering standard decorators adds about 1.3 kB (min+gzip) of
  // helpers to every bundle, a seventh of the card's budget. The @attr tags above are for
  // lit-analyzer, which reads decorators but not this object.
  static override properties = {
    project: {},
    variant: { reflect: true },
    headingLevel: { attribute: 'heading-level', converter: headingLevelConverter },
    src: { attribute: 'src' },
    state: { reflect: true },
  };

  /** The project's id (attribute or string property), or the project itself (object property). */
  declare project: Project | string | undefined;

  /** `compact` (default) for grids, `full` for a page of its own: adds the description. */
  variant: 'compact' | 'full' = 'compact';

  /** The level of the project name's heading, 1–6 (default 3), so the card fits the page's outline. */
  headingLevel = 3;

  /** The feed's URL, when the card is used without `<ll-ecosystem>`. */
  declare src: string | undefined;

  /** Where the card is: `loading`, `ready`, `empty`, `error` or `stale`. Set by the card, reflected for the page's CSS. */
  state: FeedState = 'loading';

  readonly #feed = new LazyFeed(this, 'projects');
  #logoFailed = false;

  /** @internal */
  wantsFeed(): boolean {
    return typeof this.project === 'string' && this.project !== '';
  }

  /** @internal */
  itemCount(): number {
    return this.current() ? 1 : 0;
  }

  /** The project on show: the one given, or the one with this id in the feed. */
  private current(): Project | undefined {
    const p = this.project;
    if (p && typeof p === 'object') return p;
    return p ? this.#feed.find(p) : undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Data given as a property is loaded the moment it is set; the feed controller announces the rest.
    if (changed.has('project') && !this.wantsFeed()) this.emit('ll-load', { count: this.itemCount() });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('project')) this.#logoFailed = false;
    this.#feed.update();
  }

  protected override render(): TemplateResult {
    const t = this.i18n.t;
    const project = this.current();
    switch (this.state) {
      case 'loading':
        return html`<div part="card" class="card skeleton" aria-busy="true">
          <span part="status" role="status">${t.loading}</span>
        </div>`;
      case 'error': {
        const { error, retry } = this.#feed.messages(this.i18n.language);
        return html`<div part="card" class="card">
          <p part="status" role="alert">${error}</p>
          <button part="retry" type="button" @click=${() => this.#feed.retry()}>${retry}</button>
        </div>`;
      }
      case 'empty':
        return html`<div part="card" class="card"><p part="status"><slot name="empty">${t.emptyProject}</slot></p></div>`;
    }
    return this.renderProject(project!);
  }

  private renderProject(project: Project): TemplateResult {
    const { lang, t } = this.i18n;
    const name = text(project.name, lang);
    const url = safeHttpUrl(project.website);
    const logo = this.#logoFailed ? undefined : safeHttpUrl(project.logo);
    const domains = list<string>(project.domains).filter((d) => d in t.domains);
    const stage = typeof project.stage === 'string' ? t.stages[project.stage] : undefined;
    const full = this.variant === 'full';
    return html`<article part="card" class="card" aria-labelledby="name">
      <div class="head">
        ${logo
          ? html`<img part="logo" src=${logo} alt="" width="56" height="56" loading="lazy" referrerpolicy="no-referrer" @error=${this.#onLogoError} />`
          : html`<span part="monogram" aria-hidden="true">${monogram(name)}</span>`}
        ${heading(this.headingLevel, 'name', name)}
      </div>
      ${project.tagline ? html`<p part="tagline">${text(project.tagline, lang)}</p>` : nothing}
      ${full && project.description ? html`<p part="description">${text(project.description, lang)}</p>` : nothing}
      ${domains.length
        ? html`<ul part="domains" aria-label=${t.domainsLabel}>
            ${domains.map((d) => html`<li part="domain">${t.domains[d as keyof typeof t.domains]}</li>`)}
          </ul>`
        : nothing}
      <dl part="meta">
        ${this.renderTerritory(list<Territory>(project.territories).filter((place) => place && typeof place === 'object'))}
        ${stage ? html`<div><dt>${t.stage}</dt><dd>${stage}</dd></div>` : nothing}
      </dl>
      ${this.renderMetric(list<Metric>(project.metrics).find((m) => Number.isFinite(m?.value)))}
      ${url
        ? html`<a part="link" href=${url} @click=${(e: Event) => this.onNavigate(e, project.id, url)}
            >${t.visitProject}<span class="visually-hidden"> : ${name}</span></a
          >`
        : nothing}
      ${this.state === 'stale' ? html`<p part="status" class="stale" role="status">${this.#feed.messages(this.i18n.language).stale}</p>` : nothing}
    </article>`;
  }

  private renderTerritory(territories: Territory[]): TemplateResult | typeof nothing {
    if (!territories.length) return nothing;
    const names = territories.map((place) =>
      'scope' in place ? this.i18n.t.nationwide : place.name || ('insee' in place ? place.insee : 'department' in place ? place.department : place.region),
    );
    return html`<div><dt>${this.i18n.t.territory}</dt><dd>${names.join(', ')}</dd></div>`;
  }

  private renderMetric(metric: Metric | undefined): TemplateResult | typeof nothing {
    if (!metric) return nothing;
    const { lang, t } = this.i18n;
    const target = Number.isFinite(metric.target) ? formatMeasure(lang, t, metric.target!, metric.unit) : undefined;
    return html`<p part="metric">
      <span part="metric-value">${formatMeasure(lang, t, metric.value, metric.unit)}</span>
      <span class="metric-label">${text(metric.label, lang)}</span>
      ${target ? html`<span class="metric-target">(${t.target} ${target})</span>` : nothing}
    </p>`;
  }

  #onLogoError = (): void => {
    this.#logoFailed = true;
    this.requestUpdate();
  };

  private onNavigate(event: Event, id: string, url: string): void {
    if (!this.emit('ll-navigate', { kind: 'project', id, url }, true)) event.preventDefault();
  }
}

/** Up to two initials, so a project without a logo still has a recognisable mark. */
function monogram(name: string): string {
  return name
    .split(/[\s\-–—'’]+/u)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]!.toLocaleUpperCase())
    .join('');
}
