import { LitElement } from 'lit';
import { ThemeController } from '@living-lab/tokens/lit';
import type { LivingLabEventMap } from './events.js';
import { LocalizeController } from '../i18n/localize.js';
import { VERSION } from './version.js';

type DetailOf<K extends keyof LivingLabEventMap> = LivingLabEventMap[K] extends CustomEvent<infer D> ? D : never;

/** What every `ll-*` element shares: its version stamp, a typed `emit()` and the page's language. */
export class LivingLabElement extends LitElement {
  static readonly version = VERSION;

  /** Follows the nearest `lang`; `this.t` is the current language's strings. */
  protected readonly i18n = new LocalizeController(this);

  /** Carries the nearest `data-ll-theme` into the shadow root on pages without tokens.css. */
  protected readonly theme = new ThemeController(this);

  /**
   * Fires one of our events: bubbling and composed so the host page hears it from outside the
   * shadow root. Returns false when a listener cancelled it.
   */
  emit<K extends keyof LivingLabEventMap>(type: K, detail: DetailOf<K>, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }
}
