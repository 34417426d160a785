/**
 * The themes' names, in cascade order (a later theme wins a tie), kept apart from their values
 * in tokens.ts so that the runtime code (ThemeController) ships without the token source.
 * tokens.ts does not compile when `themes` misses one of these names or adds another.
 */
export const themeNames = ['light', 'dark', 'high-contrast', 'fr-gov'] as const;
export type ThemeName = (typeof themeNames)[number];

/** Set by a page (or `<ll-ecosystem theme>`) on any container to force a theme below it. */
export const THEME_ATTRIBUTE = 'data-ll-theme';
/** Set by `ThemeController` on an element to pass it the theme of its nearest themed ancestor. */
export const INHERITED_THEME_ATTRIBUTE = 'data-ll-inherited-theme';
/** The class a page may use instead of the attribute. */
export const themeClass = (theme: ThemeName): string => `ll-theme-${theme}`;
