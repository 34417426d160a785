/**
 * The tokens for Lit shadow roots. Put `tokenStyles` first in `static styles`; inside the shadow
 * tree read `var(--ll-…)`, and in rules on the host itself (`:host`, `:host(…)`) read the
 * private twin `var(--_ll-…)` (css.ts says why). Add `new ThemeController(this)` so that a
 * `data-ll-theme` on an ancestor applies even when the page has no tokens.css.
 *
 * The stylesheet is generated at build time (`npm run tokens`) for the tokens the elements read,
 * so that no token source reaches an element bundle: only that string, packed (pack.ts), and the
 * controller.
 */
import { unsafeCSS, type CSSResult } from 'lit';
import { packedShadowCss } from './generated/shadow-css.js';
import { unpack } from './pack.js';

export const tokenStyles: CSSResult = unsafeCSS(unpack(packedShadowCss));
export { ThemeController } from './theme-controller.js';
