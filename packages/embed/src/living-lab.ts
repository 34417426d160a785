/**
 * The one script partner pages include. It defines every `ll-*` tag, but loads an element's code
 * only the first time the page uses that tag, so a page with one card never pays for the rest.
 *
 * Loading it twice, or next to another version, is harmless: the second copy sees the first
 * one's mark and stops, and each element's registration is guarded as well.
 */
const loaders: Record<string, () => Promise<unknown>> = {
  'll-ecosystem': () => import('@living-lab/elements/ll-ecosystem.js'),
  'll-project-card': () => import('@living-lab/elements/ll-project-card.js'),
};

const MARK = Symbol.for('living-lab.autoloader');
const started = new Set<string>();

function load(root: ParentNode): void {
  for (const tag of Object.keys(loaders)) {
    if (started.has(tag) || customElements.get(tag) || !root.querySelector(tag)) continue;
    started.add(tag);
    loaders[tag]!().catch((error: unknown) => {
      started.delete(tag);
      console.error(`Living-lab widgets could not load <${tag}>`, error);
    });
  }
}

const g = globalThis as Record<symbol, unknown>;
if (!g[MARK] && typeof document !== 'undefined') {
  g[MARK] = true;
  load(document);
  // Pages add widgets late (CMS blocks, single-page apps): look again whenever nodes arrive.
  new MutationObserver((records) => {
    if (records.some((r) => r.addedNodes.length)) load(document);
  }).observe(document.documentElement, { childList: true, subtree: true });
}

export {};
