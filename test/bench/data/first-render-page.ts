// The first-render page: from nothing to 12 matching project cards painted, out of a
// 5,000-project feed served over HTTP. Ours: the feed client (index.json, then the collection,
// validated), `queryProjects`, 12 `<ll-project-card>` given `.project`. The baseline: one
// `fetch().json()` of the collection, a plain `Array.filter`, 12 hand-built plain-DOM cards.
import { createClient, queryProjects, type Project } from '@living-lab/data';
import { ProjectCard } from '@living-lab/elements/ll-project-card.js';
import { attributes, canonical, firstDifference } from '../card/canonical.js';
import { createPlainFeedCard, type RawProject } from './plain-feed-card.js';

type Kind = 'card' | 'plain';

/** What both sides look for, in the two forms each side takes it. */
export interface Query {
  /** For `queryProjects`: `department:69`. */
  territory: string;
  domain: string;
  /** The baseline's hand-written territory rule: the department's communes, the department, its region, national. */
  department: string;
  region: string;
}

const SHOWN = 12;
const START_MARK = 'll-bench-start';
const END_MARK = 'll-bench-end';

const stage = document.getElementById('stage')!;
const sheets = ProjectCard.elementStyles.map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet!));

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const layout = () => stage.offsetHeight;

/** Phase ends of the last run, in ms since its start. */
let phases: Record<string, number> = {};
let shownIds: string[] = [];
/** How many projects the last run's query matched, of how many. */
let matched = [0, 0];

function grid(): HTMLElement {
  const el = document.createElement('div');
  el.className = 'grid';
  stage.append(el);
  return el;
}

/** Ours, as a page using the library would write it. */
async function withCards(src: string, query: Query, lap: (phase: string) => void): Promise<HTMLElement[]> {
  const { items } = await createClient({ src }).load('projects');
  lap('load (index + collection: fetch, parse, validate)');
  const all = queryProjects(items, { territory: query.territory, domain: query.domain });
  const shown = all.slice(0, SHOWN);
  lap('filter');
  matched = [all.length, items.length];
  const into = grid();
  const cards = shown.map((project) => {
    const card = document.createElement('ll-project-card');
    card.project = project;
    into.append(card);
    return card;
  });
  await Promise.all(cards.map((card) => card.updateComplete));
  shownIds = shown.map((p: Project) => p.id);
  return cards;
}

/** The baseline: the collection's JSON, trusted, filtered by hand. */
async function withPlain(src: string, query: Query, lap: (phase: string) => void): Promise<HTMLElement[]> {
  const doc = (await fetch(new URL('projects.json', src)).then((r) => r.json())) as { items: RawProject[] };
  lap('load (collection: fetch, parse)');
  const near = (t: NonNullable<RawProject['territories']>[number]) =>
    t.scope === 'national' || t.region === query.region || t.department === query.department || !!t.insee?.startsWith(query.department);
  const shown = doc.items
    .filter((p) => p.visibility !== 'private' && p.visibility !== 'unlisted' && p.stage !== 'closed' && p.domains?.includes(query.domain) && p.territories?.some(near))
    .slice(0, SHOWN);
  lap('filter');
  const into = grid();
  const cards = shown.map((project) => into.appendChild(createPlainFeedCard(project, sheets)));
  shownIds = shown.map((p) => p.id);
  return cards;
}

async function render(kind: Kind, src: string, query: Query): Promise<HTMLElement[]> {
  const t0 = performance.now();
  phases = {};
  const lap = (phase: string) => (phases[phase] = performance.now() - t0);
  const cards = await (kind === 'card' ? withCards(src, query, lap) : withPlain(src, query, lap));
  layout();
  lap('render (create, update, layout)');
  await frame();
  lap('painted');
  return cards;
}

async function reset(): Promise<void> {
  stage.replaceChildren();
  (globalThis as { gc?: () => void }).gc?.();
  await frame();
}

const api = {
  /** Empties the stage, collects the last sample's garbage and lets a frame go by. */
  prepare: reset,

  /** One sample: from the start mark to the frame that shows the 12 cards, then the end mark. */
  async run(kind: Kind, src: string, query: Query): Promise<void> {
    performance.clearMarks();
    performance.mark(START_MARK);
    await render(kind, src, query);
    performance.mark(END_MARK);
    await frame();
  },

  /** The last run's phases, the ids it showed, and (for ours) how many projects matched, of how many listed. */
  last: () => ({ phases, ids: shownIds, matched }),

  /**
   * Keeps the baseline honest: both sides show the same 12 projects, with the same shadow DOM,
   * host attributes and heights. `srcs` are two unused feed URLs. Returns what differs.
   */
  async check(srcs: [string, string], query: Query): Promise<string[]> {
    await reset();
    const cards = await render('card', srcs[0], query);
    const cardIds = shownIds;
    const heights = cards.map((c) => c.offsetHeight);
    const serialized = cards.map((c) => [canonical(c.shadowRoot!), attributes(c)]);
    await reset();
    const plain = await render('plain', srcs[1], query);
    const problems: string[] = [];
    if (cardIds.length !== SHOWN) problems.push(`the query matches ${cardIds.length} projects, not ${SHOWN} or more`);
    if (cardIds.join() !== shownIds.join()) problems.push(`different projects: ${cardIds.join(' ')} vs ${shownIds.join(' ')}`);
    plain.forEach((host, i) => {
      const [dom, attrs] = serialized[i] ?? ['', ''];
      const b = canonical(host.shadowRoot!);
      if (dom !== b) problems.push(`${shownIds[i]}: shadow DOM differs\n${firstDifference(dom!, b)}`);
      if (attrs !== attributes(host)) problems.push(`${shownIds[i]}: host attributes differ: ${attrs} vs ${attributes(host)}`);
      if (heights[i] !== host.offsetHeight) problems.push(`${shownIds[i]}: height ${heights[i]} vs ${host.offsetHeight}`);
    });
    await reset();
    return problems;
  },
};

declare global {
  interface Window {
    firstRenderBench: typeof api;
  }
}
window.firstRenderBench = api;
