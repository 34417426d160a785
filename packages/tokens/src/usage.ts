/**
 * Static checks of how element sources read tokens, run by the tokens tests over
 * packages/elements/src: a typo in a custom property name fails silently in CSS, so it must
 * fail here.
 */
import type { TokenName } from './tokens.js';
import { tokenNames } from './resolve.js';

/** A `var(--ll-x` or `var(--_ll-x` read in some source text. */
export interface TokenRead {
  readonly property: string;
  readonly name: string;
  readonly private: boolean;
}

const READ = /var\(\s*(--(_?)ll-([a-z0-9-]+))/g;

export function tokenReads(source: string): TokenRead[] {
  return [...source.matchAll(READ)].map((m) => ({ property: m[1]!, private: m[2] === '_', name: m[3]! }));
}

/** Properties read in `source` that no token defines (primitives `--ll-ref-*` included: elements read semantic or component tokens). */
export function undefinedTokenReads(source: string, known: readonly string[] = tokenNames): string[] {
  const defined = new Set<string>(known);
  return [...new Set(tokenReads(source).filter((read) => !defined.has(read.name)).map((read) => read.property))];
}

/**
 * The tokens `sources` read (public or private), in source order; reads of no token are left to
 * `undefinedTokenReads`. This is what the elements' shadow stylesheet is generated for.
 */
export function readTokenNames(sources: readonly string[]): TokenName[] {
  const read = new Set(sources.flatMap((source) => tokenReads(source).map((r) => r.name)));
  return tokenNames.filter((name) => read.has(name));
}

/** Component and semantic tokens that no source reads. */
export function unreadTokens(sources: readonly string[], names: readonly TokenName[] = tokenNames): TokenName[] {
  const read = new Set(sources.flatMap((source) => tokenReads(source).map((r) => r.name)));
  return names.filter((name) => !read.has(name));
}

const COMMENT = /\/\*[\s\S]*?\*\//g;
// A rule with no nested braces, its selector cut at the previous brace, semicolon or backtick.
const RULE = /([^{};`]*)\{([^{}]*)\}/g;
// `:host`, `:host(…)`, optionally with a pseudo-element: rules that style the host box itself.
const HOST_ITSELF = /^:host(\(.*\))?(::[a-z-]+)?$/;

export interface HostRead {
  readonly selector: string;
  readonly property: string;
}

/**
 * Public `var(--ll-…)` reads in rules on the host itself. There the public property holds only
 * what the page set (nothing, without tokens.css), not the resolved token: such rules must read
 * the private `--_ll-…` twin.
 */
export function publicReadsOnHost(source: string): HostRead[] {
  const found: HostRead[] = [];
  for (const [, selectorText, body] of source.replace(COMMENT, '').matchAll(RULE)) {
    const selectors = selectorText!.split(',').map((s) => s.trim());
    const host = selectors.find((s) => HOST_ITSELF.test(s));
    if (!host) continue;
    for (const read of tokenReads(body!)) if (!read.private) found.push({ selector: host, property: read.property });
  }
  return found;
}
