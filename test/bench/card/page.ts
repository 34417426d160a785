// The card bench page: the shipped <ll-project-card> and its hand-written baseline side by side
// in one bundle, one document, driven from Node by the card benchmarks.
import { ProjectCard } from '@living-lab/elements/ll-project-card.js';
import { makeProjects } from './projects.js';
import { createPlainCard, type PlainCard } from './plain-card.js';
import { attributes, canonical, firstDifference } from './canonical.js';

type Kind = 'card' | 'plain';

const COUNT = 1000;
const stage = document.getElementById('stage')!;
const projects = makeProjects(COUNT);
// The very sheets Lit adopts into every card: the baseline shares them rather than copies.
const sheets = ProjectCard.elementStyles.map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet!));

let cards: ProjectCard[] = [];
let plain: PlainCard[] = [];

/** A fresh grid on the stage, so each set of cards is laid out on its own. */
function grid(): HTMLElement {
  const el = document.createElement('div');
  el.className = 'grid';
  stage.append(el);
  return el;
}

/** Appends the cards and resolves once every one has rendered. */
function createCards(into: HTMLElement): Promise<unknown> {
  cards = projects.map((project) => {
    const card = document.createElement('ll-project-card');
    card.project = project;
    into.append(card);
    return card;
  });
  return Promise.all(cards.map((card) => card.updateComplete));
}

function createPlain(into: HTMLElement): void {
  plain = projects.map((project) => {
    const card = createPlainCard(project, sheets);
    into.append(card.host);
    return card;
  });
}

/** Reading a layout property forces style and layout of the whole stage now, inside the timing. */
const layout = () => stage.offsetHeight;

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Lets the page go quiet: last sample's garbage collected, pending frames and events done. */
async function quiet(): Promise<void> {
  (globalThis as { gc?: () => void }).gc?.();
  await frame();
}

async function reset(): Promise<void> {
  stage.replaceChildren();
  cards = [];
  plain = [];
  await quiet();
}

let next: HTMLElement | undefined;
let taglines: string[] = [];

// The timed calls bracket their work with the marks the CPU sampler reads (test/bench/lib/cpu.js),
// then wait for the next frame so that the sampler's "until painted" figure always includes it.
// Emptying the stage, GC and waiting for quiet happen in the `prepare*` calls, outside.
const START_MARK = 'll-bench-start';
const END_MARK = 'll-bench-end';

async function timed(work: () => unknown): Promise<void> {
  performance.clearMarks();
  performance.mark(START_MARK);
  await work();
  layout();
  performance.mark(END_MARK);
  await frame();
}

const api = {
  count: COUNT,

  /** Empties the stage and adds an empty grid for the next `create`. */
  async prepareCreate(): Promise<void> {
    await reset();
    next = grid();
    await quiet();
  },

  /** Creates every card, renders it and lays the page out. */
  create(kind: Kind): Promise<void> {
    return timed(() => (kind === 'card' ? createCards(next!) : createPlain(next!)));
  },

  /** Renders both sets of cards, each in its own grid, for `update` to change round after round. */
  async prepareUpdate(): Promise<void> {
    await reset();
    await createCards(grid());
    createPlain(grid());
    layout();
  },

  /** A new tagline for every project, of a length that varies by round, so the layout really changes. */
  async prepareRound(round: number): Promise<void> {
    taglines = projects.map((p) => `${p.tagline as string} Édition ${round + 1}${'.'.repeat(round % 4)}`);
    await quiet();
  },

  /** Changes every card's tagline and lays the page out again. */
  update(kind: Kind): Promise<void> {
    return timed(async () => {
      if (kind === 'plain') {
        plain.forEach((card, i) => (card.tagline.data = taglines[i]!));
        return;
      }
      cards.forEach((card, i) => (card.project = { ...projects[i]!, tagline: taglines[i]! }));
      await Promise.all(cards.map((card) => card.updateComplete));
    });
  },

  /** Whether both sets show the last round's taglines: an update that silently did nothing would look fast. */
  updated(): boolean {
    const shown = (root: ShadowRoot | null) => root?.querySelector('[part=tagline]')?.textContent;
    return cards.every((card, i) => shown(card.shadowRoot) === taglines[i]) && plain.every((card, i) => shown(card.host.shadowRoot) === taglines[i]);
  },

  /**
   * Keeps the baseline honest: both render every project, and each pair must have the same
   * shadow DOM, the same host attributes, the same adopted sheets and the same height.
   * Returns what differs (empty when equivalent).
   */
  async check(): Promise<string[]> {
    await api.prepareUpdate();
    const problems: string[] = [];
    cards.forEach((card, i) => {
      const base = plain[i]!.host;
      const a = canonical(card.shadowRoot!);
      const b = canonical(base.shadowRoot!);
      if (a !== b) problems.push(`${projects[i]!.id}: shadow DOM differs\n${firstDifference(a, b)}`);
      if (attributes(card) !== attributes(base)) problems.push(`${projects[i]!.id}: host attributes differ: ${attributes(card)} vs ${attributes(base)}`);
      const adopted = card.shadowRoot!.adoptedStyleSheets;
      if (adopted.length !== sheets.length || adopted.some((s, j) => s !== base.shadowRoot!.adoptedStyleSheets[j])) {
        problems.push(`${projects[i]!.id}: adopted stylesheets differ`);
      }
      if (card.offsetHeight !== base.offsetHeight) problems.push(`${projects[i]!.id}: height ${card.offsetHeight} vs ${base.offsetHeight}`);
    });
    await reset();
    return problems;
  },
};

declare global {
  interface Window {
    cardBench: typeof api;
  }
}
window.cardBench = api;
