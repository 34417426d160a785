import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { INHERITED_THEME_ATTRIBUTE, type ThemeName } from './theme-selectors.js';
import { inheritedTheme, observeThemeScopes } from './theme-scope.js';

/**
 * Copies the nearest ancestor's `data-ll-theme` onto the host as `data-ll-inherited-theme`, which
 * `tokenStyles` switches on. This is what makes a forced theme reach an element on a page that
 * did not load tokens.css (the embed-snippet case); with tokens.css it changes nothing visible.
 */
export class ThemeController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  #stop: (() => void) | undefined;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  /** The theme the host takes from its ancestors; undefined when only the reader's OS decides. */
  get inherited(): ThemeName | undefined {
    return inheritedTheme(this.#host);
  }

  hostConnected(): void {
    this.#sync();
    this.#stop = observeThemeScopes(this.#host, () => this.#sync());
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }

  #sync(): void {
    const theme = this.inherited;
    if (theme === undefined) this.#host.removeAttribute(INHERITED_THEME_ATTRIBUTE);
    else if (this.#host.getAttribute(INHERITED_THEME_ATTRIBUTE) !== theme) this.#host.setAttribute(INHERITED_THEME_ATTRIBUTE, theme);
  }
}
