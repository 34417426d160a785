/** Why a feed could not be loaded at all (item-level problems are `DataWarning`s instead). */
export type FeedErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'invalid-json'
  | 'not-a-feed'
  | 'unsupported-version'
  | 'aborted';

export interface FeedErrorDetails {
  /** The HTTP status, for `http`. */
  readonly status?: number;
  readonly url?: string;
  readonly cause?: unknown;
}

export class FeedError extends Error {
  override name = 'FeedError';
  declare readonly status?: number;
  declare readonly url?: string;

  constructor(readonly kind: FeedErrorKind, message: string, details: FeedErrorDetails = {}) {
    super(message, details);
    Object.assign(this, details);
  }
}

/** Duck-typed: two copies of this package on one page have two `FeedError` classes. */
export const isFeedError = (e: unknown): e is FeedError => e instanceof Error && e.name == 'FeedError' && 'kind' in e;
