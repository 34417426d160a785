import { LitElement, css, html, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { clientFor } from '@living-lab/data/client.js';
import type { FeedClient } from '@living-lab/data';
import { ecosystemContext } from '../shared/context.js';
import { VERSION } from '../shared/version.js';

/**
 * Gives every `ll-*` element inside it one feed client, a default territory, a language and a
 * theme. It renders nothing of its own: its children show through.
 *
 * @summary The provider: one feed, one language, one territory and one theme for what it contains.
 * @tag ll-ecosystem
 * @slot - The elements to provide for, and any other content.
 *
 * @attr {string} src - The feed's folder URL, or its `index.json`.
 * @attr {string} territory - The default territory filter for lists inside.
 * @attr {string} theme - `light`, `dark`, `high-contrast` or `fr-gov` for everything inside.
 */
export class Ecosystem extends LitElement {
  static readonly version = VERSION;
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  // No decorators, as in every element: their lowering costs bytes on every page (see ProjectCard).
  // The @attr tags above are for lit-analyzer, which reads decorators but not this object.
  static override properties = {
    src: { attribute: 'src' },
    client: { attribute: false },
    territory: {},
    theme: { reflect: true },
  };

  /** The feed's folder URL, or its `index.json`. */
  declare src: string | undefined;

  /**
   * A client made by the page with `createClient()` from `@living-lab/data`, when it needs its own
   * options (its own `fetch`, a longer TTL, `persist: 'session'`). Wins over `src`.
   */
  declare client: FeedClient | undefined;

  /** The default territory filter for lists inside: `commune:69123`, `department:69`, `region:84`, or a bare code. */
  declare territory: string | undefined;

  /**
   * Forces a theme for everything inside: `light`, `dark`, `high-contrast` or `fr-gov`. Without
   * it the elements follow the page (and `prefers-color-scheme`).
   */
  declare theme: string | undefined;

  private readonly provider = new ContextProvider(this, { context: ecosystemContext, initialValue: undefined });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('client') || changed.has('territory')) {
      this.provider.setValue({
        client: this.client ?? (this.src ? clientFor(this.src) : undefined),
        territory: this.territory || undefined,
      });
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The tokens switch on `data-ll-theme`, which any page can also set on any container.
    if (changed.has('theme')) {
      if (this.theme) this.setAttribute('data-ll-theme', this.theme);
      else this.removeAttribute('data-ll-theme');
    }
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }
}
