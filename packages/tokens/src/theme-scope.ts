/**
 * Finds the theme a page forced on an element's ancestors, and tells when that may have changed.
 * Needed because a shadow root's styles cannot see attributes above its host; with tokens.css on
 * the page, inheritance does this job alone and this only keeps the fallbacks in step.
 */
import { THEME_ATTRIBUTE, themeClass, themeNames, type ThemeName } from './theme-selectors.js';

const isTheme = (value: string | null): value is ThemeName => (themeNames as readonly (string | null)[]).includes(value);

/** The theme an element forces on itself and what it contains; unknown values force nothing, as in CSS. */
export function declaredTheme(element: Element): ThemeName | undefined {
  const attribute = element.getAttribute(THEME_ATTRIBUTE);
  return isTheme(attribute) ? attribute : themeNames.find((theme) => element.classList.contains(themeClass(theme)));
}

/** The parent CSS inherits from: a slotted element's slot, a shadow root's host. */
const flatTreeParent = (element: Element): Element | null =>
  element.assignedSlot ?? element.parentElement ?? (element.parentNode as ShadowRoot | null)?.host ?? null;

/** The theme of the nearest themed ancestor, across shadow roots, or undefined. */
export function inheritedTheme(element: Element): ThemeName | undefined {
  let theme: ThemeName | undefined;
  for (let node = flatTreeParent(element); node && !theme; node = flatTreeParent(node)) theme = declaredTheme(node);
  return theme;
}

/** A theme attribute changed, or a class list that names a theme, before or after. */
const relevant = (record: MutationRecord): boolean =>
  record.attributeName === THEME_ATTRIBUTE ||
  `${record.oldValue} ${(record.target as Element).getAttribute('class')}`.includes('ll-theme-');

interface Watch {
  readonly observer: MutationObserver;
  readonly listeners: Set<() => void>;
}

// One observer per document or shadow root, shared by every element below it: a page with a
// thousand cards must not run a thousand callbacks each time any class on it changes.
const watches = new Map<Node, Watch>();

/**
 * Calls `listener` whenever a theme attribute or class changes in any tree above `element`
 * (its document and every shadow root it is nested in). Returns the function that stops it.
 */
export function observeThemeScopes(element: Element, listener: () => void): () => void {
  const roots = new Set<Node>();
  for (let node: Element | null = element; node; node = flatTreeParent(node)) roots.add(node.getRootNode());
  for (const root of roots) {
    let watch = watches.get(root);
    if (!watch) {
      const listeners = new Set<() => void>();
      const observer = new MutationObserver((records) => records.some(relevant) && listeners.forEach((l) => l()));
      observer.observe(root, { subtree: true, attributeFilter: [THEME_ATTRIBUTE, 'class'], attributeOldValue: true });
      watches.set(root, (watch = { observer, listeners }));
    }
    watch.listeners.add(listener);
  }
  return () => {
    for (const root of roots) {
      const watch = watches.get(root);
      if (!watch) continue;
      watch.listeners.delete(listener);
      if (!watch.listeners.size) {
        watch.observer.disconnect();
        watches.delete(root);
      }
    }
  };
}
