import type { DataWarning } from '@living-lab/data';

/** Detail of `ll-navigate`: fired before any outbound link is followed; cancel it to keep the user on the page. */
export interface NavigateDetail {
  /** What the link leads to: `project`, `talent`, `event`, `organization`, `apply`, `register`. */
  readonly kind: string;
  readonly id: string;
  readonly url: string;
}
export interface LoadDetail {
  /** How many items the element shows. */
  readonly count: number;
}
export interface ErrorDetail {
  /** The error's kind: network, timeout, http, invalid-json, not-a-feed, unsupported-version. */
  readonly kind: string;
  readonly message: string;
  readonly status?: number;
}

/** Every event our elements fire, declared once. */
export interface LivingLabEventMap {
  'll-navigate': CustomEvent<NavigateDetail>;
  'll-load': CustomEvent<LoadDetail>;
  'll-error': CustomEvent<ErrorDetail>;
  'll-data-warning': CustomEvent<DataWarning>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends LivingLabEventMap {}
}
