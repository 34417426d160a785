/**
 * Turns the token source into CSS text, two ways.
 *
 * `pageCss()` is tokens.css for host pages: `--ll-*` on `:root`, re-declared on any element with
 * `data-ll-theme` (or a `.ll-theme-*` class), inside a cascade layer so that any rule the page
 * writes itself wins. It declares custom properties only and never styles the page.
 *
 * `shadowCss()` is for shadow roots, and must work whether or not the page loaded tokens.css
 * (an embed snippet usually does not). A shadow root cannot declare `--ll-x` on `:host`: that
 * would beat the value the page set on an ancestor, which is how pages theme us. So:
 *
 * 1. `:host` resolves each token into a private twin, `--_ll-x: var(--ll-x, <default>)`: the page's
 *    value when there is one, else this theme's default. Theme defaults switch on
 *    `prefers-color-scheme`, on `data-ll-theme` on the element itself, and on
 *    `data-ll-inherited-theme`, which `ThemeController` copies from the nearest themed ancestor
 *    because a shadow root cannot see its ancestors' attributes (`:host-context()` is
 *    Chromium-only).
 * 2. The shadow root's top-level elements publish the twin back under the public name,
 *    `--ll-x: var(--_ll-x)`, so styles inside the shadow tree, parts and slotted content all read
 *    plain `var(--ll-x)`. Only rules on the host itself must read `var(--_ll-x)`.
 *
 * Forced colours and reduced motion are hard overrides in the shadow root: a user's system
 * setting outranks any page's theme.
 */
import {
  component,
  darkTheme,
  defaultTheme,
  forcedColors,
  reducedMotion,
  themeNames,
  type ComponentName,
  type PrimitiveName,
  type SemanticName,
  type ThemeName,
  type TokenName,
} from './tokens.js';
import {
  componentNames,
  parseReference,
  primitiveProperty,
  primitiveValue,
  primitiveValues,
  privateProperty,
  publicProperty,
  resolveTheme,
  semanticNames,
  themeReferences,
  themedNames,
  tokenNames,
} from './resolve.js';
import { INHERITED_THEME_ATTRIBUTE, THEME_ATTRIBUTE, themeClass } from './theme-selectors.js';

type Declarations = ReadonlyArray<readonly [property: string, value: string]>;

const entries = <K extends string, V>(record: Partial<Record<K, V>>) => Object.entries(record) as Array<[K, V]>;

interface Format {
  readonly compact: boolean;
}

/** Drops the spaces CSS does not need around `>`, `:` and after the comma of `var(--x, fallback)`. */
const tight = (text: string): string => text.replace(/ > /g, '>').replace(/\((prefers-[a-z-]+|forced-colors): /g, '($1:').replace(/(var\(--[\w-]+), /g, '$1,');

function rule(selectors: readonly string[], declarations: Declarations, format: Format, depth = 0): string {
  if (format.compact) {
    return `${selectors.map(tight).join(',')}{${declarations.map(([p, v]) => `${p}:${tight(v)}`).join(';')}}`;
  }
  const pad = '  '.repeat(depth);
  const body = declarations.map(([p, v]) => `${pad}  ${p}: ${v};\n`).join('');
  return `${pad}${selectors.join(`,\n${pad}`)} {\n${body}${pad}}\n`;
}

function atRule(prelude: string, blocks: readonly string[], format: Format, depth = 0): string {
  if (format.compact) return `${tight(prelude)}{${blocks.join('')}}`;
  const pad = '  '.repeat(depth);
  return `${pad}${prelude} {\n${blocks.join('')}${pad}}\n`;
}

const pageValue = (reference: string): string => {
  const ref = parseReference(reference);
  return ref.tier === 'ref' ? `var(${primitiveProperty(ref.name)})` : `var(${publicProperty(ref.name)})`;
};

export interface PageCssOptions {
  /** Theme of `:root`. */
  base?: ThemeName;
  /** Switch to dark under `prefers-color-scheme: dark` unless a theme is forced. Defaults to true for the light base. */
  autoDark?: boolean;
  /** Cascade layer to wrap everything in, or false for none. */
  layer?: string | false;
  compact?: boolean;
}

/** The host-page stylesheet: primitives and the semantic tier, for every theme. */
export function pageCss(options: PageCssOptions = {}): string {
  const base = options.base ?? defaultTheme;
  const autoDark = options.autoDark ?? base === defaultTheme;
  const layer = options.layer ?? 'll-tokens';
  const format = { compact: options.compact ?? false };
  const depth = layer ? 1 : 0;

  const semanticOf = (theme: ThemeName, names: readonly SemanticName[]) => {
    const refs = themeReferences(theme);
    return names.map((name) => [publicProperty(name), pageValue(refs[name])] as const);
  };
  const forcedSelectors = themeNames.map((t) => [`[${THEME_ATTRIBUTE}="${t}"]`, `.${themeClass(t)}`]).flat();
  const everyScope = [':root', ...forcedSelectors];

  const blocks: string[] = [
    rule(
      [':root'],
      [
        ...entries<PrimitiveName, string>(primitiveValues).map(([name, value]) => [primitiveProperty(name), value] as const),
        ...semanticOf(base, semanticNames),
      ],
      format,
      depth,
    ),
  ];
  if (autoDark) {
    blocks.push(atRule('@media (prefers-color-scheme: dark)', [rule([':root'], semanticOf(darkTheme, themedNames), format, depth + 1)], format, depth));
  }
  // After the media query and with the same specificity, so a forced theme beats the OS setting.
  for (const theme of themeNames) {
    blocks.push(rule([`[${THEME_ATTRIBUTE}="${theme}"]`, `.${themeClass(theme)}`], semanticOf(theme, themedNames), format, depth));
  }
  blocks.push(
    atRule(
      '@media (forced-colors: active)',
      [rule(everyScope, entries(forcedColors).map(([name, colour]) => [publicProperty(name), colour] as const), format, depth + 1)],
      format,
      depth,
    ),
    atRule(
      '@media (prefers-reduced-motion: reduce)',
      [rule(everyScope, entries(reducedMotion).map(([name, value]) => [publicProperty(name), pageValue(value)] as const), format, depth + 1)],
      format,
      depth,
    ),
  );
  const header = format.compact ? '' : '/* Living-lab design tokens. Generated from packages/tokens/src/tokens.ts: do not edit. */\n';
  return header + (layer ? atRule(`@layer ${layer}`, blocks, format) : blocks.join(format.compact ? '' : '\n'));
}

export interface ShadowCssOptions {
  /**
   * The tokens to resolve, e.g. those the elements read (`readTokenNames`); every token by
   * default. The semantic tokens they default to and `color-scheme` always come along.
   */
  names?: readonly TokenName[];
  compact?: boolean;
}

/** `names`, the semantic tokens the component ones among them default to, and `color-scheme`, in source order. */
export function shadowTokenNames(names: readonly TokenName[] = tokenNames): TokenName[] {
  const wanted = new Set<TokenName>(['color-scheme', ...names]);
  for (const name of wanted) {
    if (!(name in component)) continue;
    const ref = parseReference(component[name as ComponentName]);
    if (ref.tier === 'sys') wanted.add(ref.name);
  }
  return tokenNames.filter((name) => wanted.has(name));
}

/**
 * The shadow-root stylesheet for `options.names`. Each value is written once per theme where it
 * differs from the default theme, in this order (same-specificity rules: the later one wins):
 *
 * 1. `:host`: every token with the default theme's value, and the component tokens' fallbacks.
 * 2. `:host > *`: the public names, republished.
 * 3. OS dark (`:host`, specificity 0,1,0): what the dark theme changes.
 * 4. Reset to the default theme, for an inherited theme (`:host([data-ll-inherited-theme])`,
 *    0,2,0, over the OS) and for the element's own known theme
 *    (`:host([data-ll-theme][data-ll-theme=x])`, `:host(.ll-theme-x.ll-theme-x)`, 0,3,0, over an
 *    inherited one): a forced theme starts from the default, whatever the OS or an ancestor chose.
 * 5. One rule per other theme, inherited (0,2,0) and own (0,3,0) selectors together, with what
 *    that theme changes. An own theme's reset (0,3,0) outweighs an inherited theme's changes
 *    (0,2,0), so an own theme never leaks its ancestor's fonts or corners. (`:host(:where(…))`
 *    would lower the inherited side instead, but a browser that rejects it inside `:host()` would
 *    drop each whole rule, own themes included.)
 * 6. Forced colours and reduced motion, `!important`: the reader's system settings beat every
 *    theme and every page.
 */
export function shadowCss(options: ShadowCssOptions = {}): string {
  const format = { compact: options.compact ?? true };
  const names = shadowTokenNames(options.names);
  const included = new Set<TokenName>(names);
  const semanticIncluded = semanticNames.filter((name) => included.has(name));
  const base = resolveTheme(defaultTheme);
  const defaults = (values: Record<TokenName, string>, list: readonly SemanticName[]) =>
    list.map((name) => [privateProperty(name), `var(${publicProperty(name)}, ${values[name]})`] as const);
  const componentDefaults = componentNames
    .filter((name) => included.has(name))
    .map((name) => {
      const ref = parseReference(component[name]);
      const fallback = ref.tier === 'sys' ? `var(${privateProperty(ref.name)})` : primitiveValues[ref.name];
      return [privateProperty(name), `var(${publicProperty(name)}, ${fallback})`] as const;
    });
  /** The included semantic tokens whose value in `theme` differs from the default theme's. */
  const changes = (theme: ThemeName) => {
    const values = resolveTheme(theme);
    return semanticIncluded.filter((name) => values[name] !== base[name]);
  };
  const changed = new Set(themeNames.flatMap(changes));
  // Each simple selector written twice counts twice: 0,3,0, over the inherited theme's 0,2,0.
  const own = (theme: ThemeName) => [`:host([${THEME_ATTRIBUTE}][${THEME_ATTRIBUTE}=${theme}])`, `:host(.${themeClass(theme)}.${themeClass(theme)})`];
  const inherited = (theme?: ThemeName) => `:host([${INHERITED_THEME_ATTRIBUTE}${theme ? `=${theme}` : ''}])`;
  const hard = (declarations: Declarations) => declarations.map(([p, v]) => [p, `${v}!important`] as const);
  const forced = entries(forcedColors).filter(([name]) => included.has(name));
  const still = entries(reducedMotion).filter(([name]) => included.has(name));

  const blocks = [
    rule(
      [':host'],
      [...defaults(base, semanticIncluded), ...componentDefaults, ['color-scheme', `var(${privateProperty('color-scheme')})`]],
      format,
    ),
    rule([':host > *'], names.map((name) => [publicProperty(name), `var(${privateProperty(name)})`] as const), format),
  ];
  const darkChanges = changes(darkTheme);
  if (darkChanges.length) {
    blocks.push(atRule('@media (prefers-color-scheme: dark)', [rule([':host'], defaults(resolveTheme(darkTheme), darkChanges), format, 1)], format));
  }
  if (changed.size) {
    blocks.push(rule([inherited(), ...themeNames.flatMap(own)], defaults(base, semanticIncluded.filter((name) => changed.has(name))), format));
  }
  for (const theme of themeNames) {
    const list = changes(theme);
    if (list.length) blocks.push(rule([inherited(theme), ...own(theme)], defaults(resolveTheme(theme), list), format));
  }
  if (forced.length) {
    blocks.push(
      atRule('@media (forced-colors: active)', [rule([':host'], hard(forced.map(([name, colour]) => [privateProperty(name), colour] as const)), format, 1)], format),
    );
  }
  if (still.length) {
    blocks.push(
      atRule(
        '@media (prefers-reduced-motion: reduce)',
        [rule([':host'], hard(still.map(([name, value]) => [privateProperty(name), primitiveValue(value)] as const)), format, 1)],
        format,
      ),
    );
  }
  return blocks.join(format.compact ? '' : '\n');
}
