/** @living-lab/tokens: the design tokens as data, as CSS text and as helpers. No Lit here (see ./lit). */
export {
  primitives,
  semantic,
  component,
  themes,
  themeNames,
  defaultTheme,
  darkTheme,
  forcedColors,
  reducedMotion,
  textPairs,
  minimumContrast,
} from './tokens.js';
export type {
  PrimitiveName,
  PrimitiveRef,
  SemanticName,
  SemanticRef,
  ComponentName,
  TokenName,
  ThemeName,
  ThemeOverrides,
  SystemColor,
  TextPair,
  PairUse,
} from './tokens.js';
export {
  publicProperty,
  privateProperty,
  primitiveProperty,
  semanticNames,
  componentNames,
  tokenNames,
  themedNames,
  primitiveValues,
  primitiveValue,
  parseReference,
  themeReferences,
  resolveTheme,
} from './resolve.js';
export { pageCss, shadowCss, shadowTokenNames } from './css.js';
export type { PageCssOptions, ShadowCssOptions } from './css.js';
export { THEME_ATTRIBUTE, INHERITED_THEME_ATTRIBUTE, themeClass } from './theme-selectors.js';
export { declaredTheme, inheritedTheme, observeThemeScopes } from './theme-scope.js';
export { contrastRatio, relativeLuminance, parseColor } from './contrast.js';
export type { Rgb } from './contrast.js';
export { tokenReads, readTokenNames, undefinedTokenReads, unreadTokens, publicReadsOnHost } from './usage.js';
export type { TokenRead, HostRead } from './usage.js';

import { component, forcedColors, primitives, reducedMotion, semantic, textPairs, themeNames, themes } from './tokens.js';

/** Every tier in one object, for docs pages and tools. */
export const tokens = { primitives, semantic, component, themes, themeNames, forcedColors, reducedMotion, textPairs } as const;
