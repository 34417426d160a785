/**
 * The one source of the design tokens, as plain data, in three tiers:
 *
 * - primitives: raw values with no meaning (`blue-700`, `space-4`). Published as `--ll-ref-*`.
 * - semantic: what a value is for (`color-text`, `space-4`, `radius-md`). Published as `--ll-*`.
 *   Each one names a primitive; themes swap which primitive.
 * - component: one knob per visual decision of an element (`card-background`). Published as
 *   `--ll-*`, each defaulting to a semantic token, so re-theming the semantic tier re-themes
 *   every component, and a page can still change one card without touching anything else.
 *
 * Themes override semantic tokens only. A component override inside a theme would have to be
 * written on the theme's scope element as `var(--ll-color-…)`, which CSS resolves right there and
 * freezes: a page changing `--ll-color-accent` further down would no longer reach that component.
 * When a theme needs a component to differ, give the difference a semantic name (see
 * `color-heading`, blue France in `fr-gov` and plain text colour elsewhere).
 */

import { themeNames, type ThemeName } from './theme-selectors.js';

export { themeNames, type ThemeName };

export const primitives = {
  color: {
    white: '#ffffff',
    black: '#000000',
    'grey-50': '#f6f7f9',
    'grey-100': '#eceef2',
    'grey-200': '#dde1e7',
    'grey-300': '#c4cad3',
    'grey-400': '#9aa3b0',
    'grey-500': '#6b7482',
    'grey-600': '#4b5462',
    'grey-700': '#363e4b',
    'grey-800': '#222833',
    'grey-850': '#1a1f28',
    'grey-900': '#131720',
    'grey-950': '#0b0e14',
    'blue-50': '#eef4ff',
    'blue-100': '#dce8ff',
    'blue-200': '#bdd4ff',
    'blue-300': '#91b6ff',
    'blue-600': '#2a5fd6',
    'blue-700': '#1f4bb3',
    'blue-800': '#1b3d8f',
    'blue-900': '#172f6b',
    'green-100': '#dcf5e4',
    'green-300': '#8fdcaa',
    'green-800': '#176238',
    'green-950': '#0c2e1b',
    'red-100': '#fde4e4',
    'red-300': '#f6a3a3',
    'red-700': '#b42323',
    'red-950': '#3a1010',
    'amber-100': '#fdf0d2',
    'amber-300': '#f6cd6e',
    'amber-800': '#7d4805',
    'amber-950': '#3a2403',
    /* High contrast: black on white, one saturated blue that stays above 7:1 for links. */
    'hc-grey-800': '#333333',
    'hc-grey-50': '#f2f2f2',
    'hc-blue': '#0000d0',
    'hc-red': '#a00000',
    'hc-green': '#005a1e',
    'hc-brown': '#6b3a00',
    /* The French State's design system (DSFR) colours. */
    'france-blue': '#000091',
    'france-blue-hover': '#1212ff',
    'france-blue-925': '#e3e3fd',
    'marianne-red': '#e1000f',
    'marianne-red-975': '#fff4f4',
    'dsfr-grey-50': '#161616',
    'dsfr-grey-200': '#3a3a3a',
    'dsfr-grey-425': '#666666',
    'dsfr-grey-900': '#dddddd',
    'dsfr-grey-975': '#f6f6f6',
    'dsfr-success': '#18753c',
    'dsfr-success-975': '#dffee6',
    'dsfr-warning': '#b34000',
    'dsfr-warning-975': '#fff4f3',
    'dsfr-focus': '#0a76f6',
  },
  fontFamily: {
    'font-system': 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    'font-marianne': 'Marianne, arial, sans-serif',
  },
  /* rem, so that the reader's own font size setting scales every widget. */
  fontSize: {
    'font-size-12': '0.75rem',
    'font-size-14': '0.875rem',
    'font-size-16': '1rem',
    'font-size-18': '1.125rem',
    'font-size-20': '1.25rem',
    'font-size-24': '1.5rem',
    'font-size-32': '2rem',
  },
  fontWeight: {
    'font-weight-400': '400',
    'font-weight-500': '500',
    'font-weight-700': '700',
  },
  lineHeight: {
    'line-height-110': '1.1',
    'line-height-125': '1.25',
    'line-height-150': '1.5',
  },
  space: {
    'space-0': '0',
    'space-1': '0.25rem',
    'space-2': '0.5rem',
    'space-3': '0.75rem',
    'space-4': '1rem',
    'space-5': '1.25rem',
    'space-6': '1.5rem',
    'space-8': '2rem',
    'space-10': '2.5rem',
    'space-12': '3rem',
  },
  size: {
    'size-21': '21rem',
    'size-30': '30rem',
  },
  radius: {
    'radius-0': '0',
    'radius-2': '0.125rem',
    'radius-4': '0.25rem',
    'radius-8': '0.5rem',
    'radius-12': '0.75rem',
    'radius-full': '999px',
  },
  borderWidth: {
    'border-1': '1px',
    'border-2': '2px',
    'border-3': '3px',
    'border-4': '4px',
  },
  shadow: {
    'shadow-none': 'none',
    'shadow-light-sm': '0 1px 2px rgb(19 23 32 / 0.06), 0 1px 3px rgb(19 23 32 / 0.1)',
    'shadow-light-md': '0 4px 12px rgb(19 23 32 / 0.12)',
    'shadow-light-lg': '0 12px 32px rgb(19 23 32 / 0.16)',
    'shadow-dark-sm': '0 1px 3px rgb(0 0 0 / 0.5)',
    'shadow-dark-md': '0 4px 12px rgb(0 0 0 / 0.55)',
    'shadow-dark-lg': '0 12px 32px rgb(0 0 0 / 0.6)',
    'shadow-dsfr-md': '0 2px 6px 0 rgb(0 0 18 / 0.16)',
    'shadow-dsfr-lg': '0 6px 18px 0 rgb(0 0 18 / 0.16)',
  },
  duration: {
    'duration-0': '0s',
    'duration-150': '150ms',
    'duration-400': '400ms',
  },
  easing: {
    'easing-standard': 'cubic-bezier(0.2, 0, 0, 1)',
  },
  colorScheme: {
    'scheme-light': 'light',
    'scheme-dark': 'dark',
  },
} as const;

type Primitives = typeof primitives;
export type PrimitiveName = { [G in keyof Primitives]: keyof Primitives[G] & string }[keyof Primitives];
/** A reference to a primitive, written `{ref.blue-700}`. */
export type PrimitiveRef = `{ref.${PrimitiveName}}`;

/** The semantic tier with the light theme's choices: every theme starts from these. */
export const semantic = {
  'color-text': '{ref.grey-900}',
  'color-text-muted': '{ref.grey-600}',
  'color-heading': '{ref.grey-900}',
  'color-surface': '{ref.white}',
  'color-surface-raised': '{ref.white}',
  'color-surface-sunken': '{ref.grey-50}',
  'color-border': '{ref.grey-200}',
  'color-border-strong': '{ref.grey-500}',
  'color-accent': '{ref.blue-700}',
  'color-accent-hover': '{ref.blue-800}',
  'color-on-accent': '{ref.white}',
  'color-link': '{ref.blue-700}',
  'color-focus': '{ref.blue-600}',
  'color-danger': '{ref.red-700}',
  'color-danger-surface': '{ref.red-100}',
  'color-success': '{ref.green-800}',
  'color-success-surface': '{ref.green-100}',
  'color-warning': '{ref.amber-800}',
  'color-warning-surface': '{ref.amber-100}',
  'color-tag-background': '{ref.blue-100}',
  'color-tag-text': '{ref.blue-800}',
  'color-scheme': '{ref.scheme-light}',
  'font-family': '{ref.font-system}',
  'font-size-xs': '{ref.font-size-12}',
  'font-size-sm': '{ref.font-size-14}',
  'font-size-md': '{ref.font-size-16}',
  'font-size-lg': '{ref.font-size-18}',
  'font-size-xl': '{ref.font-size-20}',
  'font-size-2xl': '{ref.font-size-24}',
  'font-size-3xl': '{ref.font-size-32}',
  'line-height-tight': '{ref.line-height-110}',
  'line-height-heading': '{ref.line-height-125}',
  'line-height-body': '{ref.line-height-150}',
  'font-weight-regular': '{ref.font-weight-400}',
  'font-weight-medium': '{ref.font-weight-500}',
  'font-weight-bold': '{ref.font-weight-700}',
  'space-0': '{ref.space-0}',
  'space-1': '{ref.space-1}',
  'space-2': '{ref.space-2}',
  'space-3': '{ref.space-3}',
  'space-4': '{ref.space-4}',
  'space-5': '{ref.space-5}',
  'space-6': '{ref.space-6}',
  'space-8': '{ref.space-8}',
  'space-10': '{ref.space-10}',
  'space-12': '{ref.space-12}',
  'radius-sm': '{ref.radius-4}',
  'radius-md': '{ref.radius-8}',
  'radius-lg': '{ref.radius-12}',
  'radius-pill': '{ref.radius-full}',
  'border-width': '{ref.border-1}',
  'shadow-sm': '{ref.shadow-light-sm}',
  'shadow-md': '{ref.shadow-light-md}',
  'shadow-lg': '{ref.shadow-light-lg}',
  'focus-ring-width': '{ref.border-2}',
  'focus-ring-offset': '{ref.border-2}',
  'motion-duration': '{ref.duration-150}',
  'motion-duration-slow': '{ref.duration-400}',
  'motion-easing': '{ref.easing-standard}',
} as const satisfies Record<string, PrimitiveRef>;

export type SemanticName = keyof typeof semantic;
/** A reference to a semantic token, written `{sys.color-text}`. */
export type SemanticRef = `{sys.${SemanticName}}`;
export type ThemeOverrides = Partial<Record<SemanticName, PrimitiveRef>>;

export const themes = {
  light: {},
  dark: {
    'color-text': '{ref.grey-100}',
    'color-text-muted': '{ref.grey-400}',
    'color-heading': '{ref.grey-50}',
    'color-surface': '{ref.grey-900}',
    'color-surface-raised': '{ref.grey-850}',
    'color-surface-sunken': '{ref.grey-950}',
    'color-border': '{ref.grey-700}',
    'color-border-strong': '{ref.grey-500}',
    'color-accent': '{ref.blue-300}',
    'color-accent-hover': '{ref.blue-200}',
    'color-on-accent': '{ref.grey-950}',
    'color-link': '{ref.blue-300}',
    'color-focus': '{ref.blue-300}',
    'color-danger': '{ref.red-300}',
    'color-danger-surface': '{ref.red-950}',
    'color-success': '{ref.green-300}',
    'color-success-surface': '{ref.green-950}',
    'color-warning': '{ref.amber-300}',
    'color-warning-surface': '{ref.amber-950}',
    'color-tag-background': '{ref.blue-900}',
    'color-tag-text': '{ref.blue-100}',
    'color-scheme': '{ref.scheme-dark}',
    'shadow-sm': '{ref.shadow-dark-sm}',
    'shadow-md': '{ref.shadow-dark-md}',
    'shadow-lg': '{ref.shadow-dark-lg}',
  },
  /* Shadows are gone: edges are drawn by thick black borders, which survive any screen. */
  'high-contrast': {
    'color-text': '{ref.black}',
    'color-text-muted': '{ref.hc-grey-800}',
    'color-heading': '{ref.black}',
    'color-surface': '{ref.white}',
    'color-surface-raised': '{ref.white}',
    'color-surface-sunken': '{ref.hc-grey-50}',
    'color-border': '{ref.black}',
    'color-border-strong': '{ref.black}',
    'color-accent': '{ref.black}',
    'color-accent-hover': '{ref.hc-blue}',
    'color-on-accent': '{ref.white}',
    'color-link': '{ref.hc-blue}',
    'color-focus': '{ref.hc-blue}',
    'color-danger': '{ref.hc-red}',
    'color-danger-surface': '{ref.white}',
    'color-success': '{ref.hc-green}',
    'color-success-surface': '{ref.white}',
    'color-warning': '{ref.hc-brown}',
    'color-warning-surface': '{ref.white}',
    'color-tag-background': '{ref.black}',
    'color-tag-text': '{ref.white}',
    'border-width': '{ref.border-2}',
    'shadow-sm': '{ref.shadow-none}',
    'shadow-md': '{ref.shadow-none}',
    'shadow-lg': '{ref.shadow-none}',
    'focus-ring-width': '{ref.border-4}',
  },
  /* Close to the DSFR: bleu France actions, Marianne type, square corners, no resting shadow. */
  'fr-gov': {
    'color-text': '{ref.dsfr-grey-200}',
    'color-text-muted': '{ref.dsfr-grey-425}',
    'color-heading': '{ref.france-blue}',
    'color-surface': '{ref.white}',
    'color-surface-raised': '{ref.white}',
    'color-surface-sunken': '{ref.dsfr-grey-975}',
    'color-border': '{ref.dsfr-grey-900}',
    'color-border-strong': '{ref.dsfr-grey-200}',
    'color-accent': '{ref.france-blue}',
    'color-accent-hover': '{ref.france-blue-hover}',
    'color-on-accent': '{ref.white}',
    'color-link': '{ref.france-blue}',
    'color-focus': '{ref.dsfr-focus}',
    'color-danger': '{ref.marianne-red}',
    'color-danger-surface': '{ref.marianne-red-975}',
    'color-success': '{ref.dsfr-success}',
    'color-success-surface': '{ref.dsfr-success-975}',
    'color-warning': '{ref.dsfr-warning}',
    'color-warning-surface': '{ref.dsfr-warning-975}',
    'color-tag-background': '{ref.france-blue-925}',
    'color-tag-text': '{ref.france-blue}',
    'font-family': '{ref.font-marianne}',
    'radius-sm': '{ref.radius-0}',
    'radius-md': '{ref.radius-2}',
    'radius-lg': '{ref.radius-4}',
    'shadow-sm': '{ref.shadow-none}',
    'shadow-md': '{ref.shadow-dsfr-md}',
    'shadow-lg': '{ref.shadow-dsfr-lg}',
  },
} as const satisfies Record<ThemeName, ThemeOverrides>;

export const defaultTheme: ThemeName = 'light';
/** The theme `prefers-color-scheme: dark` selects when the page forces none. */
export const darkTheme: ThemeName = 'dark';

/** Per-component knobs. A component token names a semantic token (or a fixed primitive). */
export const component = {
  'card-background': '{sys.color-surface-raised}',
  'card-text': '{sys.color-text}',
  'card-text-muted': '{sys.color-text-muted}',
  'card-title-color': '{sys.color-heading}',
  'card-border': '{sys.color-border}',
  'card-border-width': '{sys.border-width}',
  'card-radius': '{sys.radius-lg}',
  'card-padding': '{sys.space-4}',
  'card-gap': '{sys.space-3}',
  'card-shadow': '{sys.shadow-sm}',
  'card-shadow-hover': '{sys.shadow-md}',
  // Tall enough for a compact card's usual content (its tagline is clamped to three lines), so
  // the loading skeleton has the size of the card that replaces it.
  'card-min-height': '{ref.size-21}',
  'card-min-height-full': '{ref.size-30}',
  'tag-background': '{sys.color-tag-background}',
  'tag-text': '{sys.color-tag-text}',
  'metric-value-color': '{sys.color-accent}',
  'metric-track-color': '{sys.color-surface-sunken}',
  'metric-fill-color': '{sys.color-accent}',
} as const satisfies Record<string, SemanticRef | PrimitiveRef>;

export type ComponentName = keyof typeof component;
export type TokenName = SemanticName | ComponentName;

/** CSS system colours, the only colours a forced-colors (Windows contrast) user should see. */
export type SystemColor =
  | 'Canvas'
  | 'CanvasText'
  | 'LinkText'
  | 'GrayText'
  | 'Highlight'
  | 'HighlightText'
  | 'ButtonFace'
  | 'ButtonText'
  | 'ButtonBorder'
  | 'Mark'
  | 'MarkText';

/**
 * Under `forced-colors: active` the browser repaints text and backgrounds itself, but not what
 * elements draw from custom properties (SVG fills, gradients, meter bars): those get system
 * colours here, and borders become CanvasText so that every edge stays visible.
 */
export const forcedColors = {
  'color-text': 'CanvasText',
  'color-text-muted': 'CanvasText',
  'color-heading': 'CanvasText',
  'color-surface': 'Canvas',
  'color-surface-raised': 'Canvas',
  'color-surface-sunken': 'Canvas',
  'color-border': 'CanvasText',
  'color-border-strong': 'CanvasText',
  'color-accent': 'ButtonText',
  'color-accent-hover': 'Highlight',
  'color-on-accent': 'ButtonFace',
  'color-link': 'LinkText',
  'color-focus': 'Highlight',
  'color-danger': 'CanvasText',
  'color-danger-surface': 'Canvas',
  'color-success': 'CanvasText',
  'color-success-surface': 'Canvas',
  'color-warning': 'CanvasText',
  'color-warning-surface': 'Canvas',
  'color-tag-background': 'Canvas',
  'color-tag-text': 'CanvasText',
} as const satisfies Partial<Record<SemanticName, SystemColor>>;

/** Under `prefers-reduced-motion: reduce` nothing moves, whatever the theme or the page says. */
export const reducedMotion = {
  'motion-duration': '{ref.duration-0}',
  'motion-duration-slow': '{ref.duration-0}',
} as const satisfies Partial<Record<SemanticName, PrimitiveRef>>;

/**
 * Every foreground/background pair that an element actually paints, with what it is used for:
 * `text` needs 4.5:1 (7:1 in high contrast), `large-text` 3:1 (4.5:1), `ui` — borders of
 * controls, the focus ring, a meter's fill — 3:1 (WCAG 1.4.3, 1.4.6, 1.4.11).
 */
export const textPairs = [
  { foreground: 'color-text', background: 'color-surface', use: 'text' },
  { foreground: 'color-text', background: 'color-surface-raised', use: 'text' },
  { foreground: 'color-text', background: 'color-surface-sunken', use: 'text' },
  { foreground: 'color-text-muted', background: 'color-surface', use: 'text' },
  { foreground: 'color-text-muted', background: 'color-surface-raised', use: 'text' },
  { foreground: 'color-text-muted', background: 'color-surface-sunken', use: 'text' },
  { foreground: 'color-heading', background: 'color-surface', use: 'text' },
  { foreground: 'color-heading', background: 'color-surface-raised', use: 'text' },
  { foreground: 'color-link', background: 'color-surface', use: 'text' },
  { foreground: 'color-link', background: 'color-surface-raised', use: 'text' },
  { foreground: 'color-on-accent', background: 'color-accent', use: 'text' },
  { foreground: 'color-on-accent', background: 'color-accent-hover', use: 'text' },
  { foreground: 'color-danger', background: 'color-surface', use: 'text' },
  { foreground: 'color-danger', background: 'color-danger-surface', use: 'text' },
  { foreground: 'color-success', background: 'color-surface', use: 'text' },
  { foreground: 'color-success', background: 'color-success-surface', use: 'text' },
  { foreground: 'color-warning', background: 'color-surface', use: 'text' },
  { foreground: 'color-warning', background: 'color-warning-surface', use: 'text' },
  { foreground: 'color-tag-text', background: 'color-tag-background', use: 'text' },
  { foreground: 'card-text', background: 'card-background', use: 'text' },
  { foreground: 'card-text-muted', background: 'card-background', use: 'text' },
  { foreground: 'card-title-color', background: 'card-background', use: 'text' },
  { foreground: 'tag-text', background: 'tag-background', use: 'text' },
  { foreground: 'metric-value-color', background: 'card-background', use: 'text' },
  { foreground: 'color-border-strong', background: 'color-surface', use: 'ui' },
  { foreground: 'color-border-strong', background: 'color-surface-raised', use: 'ui' },
  { foreground: 'color-focus', background: 'color-surface', use: 'ui' },
  { foreground: 'color-focus', background: 'color-surface-raised', use: 'ui' },
  { foreground: 'color-accent', background: 'color-surface', use: 'ui' },
  { foreground: 'metric-fill-color', background: 'metric-track-color', use: 'ui' },
  { foreground: 'metric-fill-color', background: 'card-background', use: 'ui' },
] as const satisfies readonly TextPair[];

export type PairUse = 'text' | 'large-text' | 'ui';
export interface TextPair {
  readonly foreground: TokenName;
  readonly background: TokenName;
  readonly use: PairUse;
}

/** The contrast ratio a pair must reach in a theme. */
export function minimumContrast(use: PairUse, theme: ThemeName): number {
  const strict = theme === 'high-contrast';
  if (use === 'text') return strict ? 7 : 4.5;
  if (use === 'large-text') return strict ? 4.5 : 3;
  return 3;
}
