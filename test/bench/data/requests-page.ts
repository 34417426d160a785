// The request-counting page: 20 cards that each ask for a project of the same feed, against 20
// naive `fetch()`es of the collection. It only makes the requests and checks what was shown; the
// server counts what reaches it (test/bench/data-requests.bench.js).
import '@living-lab/elements/ll-project-card.js';
import type { ProjectCard } from '@living-lab/elements/ll-project-card.js';

const stage = document.getElementById('stage')!;
const OUTCOME_TIMEOUT_MS = 10_000;

/** Resolves once every card has announced its outcome (`ll-load` or `ll-error`). */
function outcomes(cards: ProjectCard[]): Promise<void> {
  const waiting = new Set<EventTarget>(cards);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stage.removeEventListener('ll-load', done);
      stage.removeEventListener('ll-error', done);
      reject(new Error(`${waiting.size} of ${cards.length} cards never loaded; states: ${cards.map((c) => c.state).join(' ')}`));
    }, OUTCOME_TIMEOUT_MS);
    function done(event: Event) {
      waiting.delete(event.target!);
      if (waiting.size) return;
      clearTimeout(timer);
      stage.removeEventListener('ll-load', done);
      stage.removeEventListener('ll-error', done);
      resolve();
    }
    stage.addEventListener('ll-load', done);
    stage.addEventListener('ll-error', done);
  });
}

const api = {
  /**
   * One wave: appends one card per id, all at once (one task), each with its own `src` spelling
   * of the same feed, and waits until every card has its project. Returns what is wrong with
   * what they show (empty when each card shows its project's name).
   */
  async cards(srcs: string[], ids: string[], names: string[]): Promise<string[]> {
    const cards = ids.map((id, i) => {
      const card = document.createElement('ll-project-card');
      card.setAttribute('src', srcs[i % srcs.length]!);
      card.setAttribute('project', id);
      return card;
    });
    const loaded = outcomes(cards);
    stage.append(...cards);
    await loaded;
    await Promise.all(cards.map((card) => card.updateComplete));
    return cards.flatMap((card, i) => {
      const shown = card.shadowRoot?.querySelector('[part=name]')?.textContent;
      return card.state === 'ready' && shown === names[i] ? [] : [`${ids[i]}: state ${card.state}, name ${JSON.stringify(shown)}`];
    });
  },

  /** The naive baseline: every element fetches and parses the collection itself. Returns the item counts. */
  async naive(url: string, count: number): Promise<number[]> {
    const docs = await Promise.all(
      Array.from({ length: count }, () => fetch(url).then((r) => r.json() as Promise<{ items: unknown[] }>)),
    );
    return docs.map((doc) => doc.items.length);
  },

  reset(): void {
    stage.replaceChildren();
  },
};

declare global {
  interface Window {
    requestsBench: typeof api;
  }
}
window.requestsBench = api;
