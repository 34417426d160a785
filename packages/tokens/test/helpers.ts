/** Browser helpers shared by the token tests: mount stylesheets, read what CSS really resolved. */
import { emulateMedia } from '@web/test-runner-commands';
import { shadowCss } from '../src/css.js';
import { privateProperty, publicProperty, resolveTheme, tokenNames } from '../src/resolve.js';
import { INHERITED_THEME_ATTRIBUTE, THEME_ATTRIBUTE } from '../src/theme-selectors.js';
import { darkTheme, defaultTheme, themeNames, type ThemeName, type TokenName } from '../src/tokens.js';

const cleanups: Array<() => void> = [];

/** Removes everything the helpers mounted and resets emulated media; call in afterEach. */
export async function cleanUp(): Promise<void> {
  while (cleanups.length) cleanups.pop()!();
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
}

/** Puts a stylesheet on the page, as a host page would with <link href="tokens.css">. */
export function addPageStyle(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  cleanups.push(() => style.remove());
  return style;
}

/** Appends markup to the body and returns its first element. */
export function mount<T extends Element = HTMLElement>(html: string): T {
  const wrapper = document.createElement('div');
  wrapper.innerHTML = html;
  const element = wrapper.firstElementChild as T;
  document.body.append(element);
  cleanups.push(() => element.remove());
  return element;
}

const sheets = new Map<string, CSSStyleSheet>();

/**
 * Gives `host` a shadow root styled by a shadow token stylesheet (by default `shadowCss()`, every
 * token), with one probe element inside (a top-level child, like an element's wrapper) that
 * descendants' probes can be appended to.
 */
export function attachTokenShadow(host: Element, css = shadowCss()): { root: ShadowRoot; inner: HTMLElement } {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheet];
  const inner = document.createElement('div');
  root.append(inner);
  return { root, inner };
}

/** The colour a custom property resolves to at `where`, as `rgb(…)`, read from a real box. */
export function resolvedColor(where: Element, property: string, as: 'color' | 'background-color' = 'color'): string {
  const probe = document.createElement('span');
  probe.style.setProperty(as, `var(${property})`);
  where.append(probe);
  const value = getComputedStyle(probe).getPropertyValue(as);
  probe.remove();
  return value;
}

/** The value of a custom property as computed on `element` (var() references substituted). */
export function customProperty(element: Element, property: string): string {
  return getComputedStyle(element).getPropertyValue(property).trim();
}

/**
 * The tokens a shadow root resolves: those whose private twin has a value on `host` and, given
 * `inner` (a top-level element of its shadow tree), whose public name has one there too.
 */
export function resolvedTokens(host: Element, inner?: Element): TokenName[] {
  return tokenNames.filter(
    (name) => customProperty(host, privateProperty(name)) !== '' && (!inner || customProperty(inner, publicProperty(name)) !== ''),
  );
}

/**
 * Every token that `host`'s shadow root resolves and that differs from `theme`'s value in the
 * source, on the host (private twin) or inside the shadow tree (public name), as readable lines.
 */
export function themeMismatches(host: Element, inner: Element, theme: ThemeName, names = resolvedTokens(host)): string[] {
  const expected = resolveTheme(theme);
  return names.flatMap((name) => {
    const found = [customProperty(host, privateProperty(name)), customProperty(inner, publicProperty(name))];
    return found.every((value) => value === expected[name]) ? [] : [`${name}: ${found.join(' / ')}, ${theme} has ${expected[name]}`];
  });
}

/**
 * For a shadow stylesheet, every combination of the reader's OS (light, dark), the element's own
 * theme (none, each theme, an unknown one; as attribute and as class) and an inherited one (none,
 * each theme) where some token does not end up with the value of the theme that should win:
 * a known own theme, else the inherited one, else the OS's. As readable lines.
 */
export async function themeChoiceMismatches(css: string): Promise<string[]> {
  const problems: string[] = [];
  const owns: Array<string | undefined> = [undefined, ...themeNames, 'sepia'];
  try {
    for (const os of ['light', 'dark'] as const) {
      await emulateMedia({ colorScheme: os });
      for (const own of owns) {
        for (const how of own ? (['attribute', 'class'] as const) : (['attribute'] as const)) {
          for (const inherited of [undefined, ...themeNames]) {
            const host = document.createElement('div');
            if (own && how === 'attribute') host.setAttribute(THEME_ATTRIBUTE, own);
            if (own && how === 'class') host.classList.add(`ll-theme-${own}`);
            if (inherited) host.setAttribute(INHERITED_THEME_ATTRIBUTE, inherited);
            document.body.append(host);
            const { inner } = attachTokenShadow(host, css);
            const known = themeNames.find((theme) => theme === own);
            const expected = known ?? inherited ?? (os === 'dark' ? darkTheme : defaultTheme);
            const names = resolvedTokens(host);
            const label = `OS ${os}, own ${how} ${own ?? '-'}, inherited ${inherited ?? '-'}`;
            if (!names.length) problems.push(`${label}: no token resolved`);
            problems.push(...themeMismatches(host, inner, expected, names).map((line) => `${label}: ${line}`));
            host.remove();
          }
        }
      }
    }
  } finally {
    await emulateMedia({ colorScheme: 'light' });
  }
  return problems;
}
