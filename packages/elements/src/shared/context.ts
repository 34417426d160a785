import { createContext, ContextRoot } from '@lit/context';
import type { FeedClient } from '@living-lab/data';

/** What `<ll-ecosystem>` gives its descendants. */
export interface EcosystemContext {
  readonly client?: FeedClient;
  /** The default territory filter for lists (`commune:69123`, `department:69`, …). */
  readonly territory?: string;
}

// A string key, not a Symbol, so that two copies of the library on one page still find each
// other's provider.
export const ecosystemContext = createContext<EcosystemContext | undefined>('living-lab-ecosystem');

const ROOT = Symbol.for('living-lab.context-root');

/**
 * Elements may be defined (and ask for their provider) before `<ll-ecosystem>` is: a ContextRoot
 * on the document keeps those requests and answers them when the provider arrives.
 */
export function ensureContextRoot(): void {
  const g = globalThis as Record<symbol, unknown>;
  if (g[ROOT] || typeof document === 'undefined') return;
  g[ROOT] = true;
  new ContextRoot().attach(document.documentElement);
}
