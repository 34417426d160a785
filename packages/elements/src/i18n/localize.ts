import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fr, type Strings } from './fr.js';
import { en } from './en.js';

const STRINGS = { fr, en };

/** The language an element speaks: its own `lang`, else its nearest ancestor's (across shadow roots), else the document's. */
export function resolveLang(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return document.documentElement.lang || 'fr';
}

/** The languages we speak. */
export type Language = keyof typeof STRINGS;

/** Which of our languages a BCP 47 tag asks for: its primary language if we have it, else French (the lab's own). */
export function languageOf(lang: string): Language {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  return Object.hasOwn(STRINGS, primary) ? (primary as Language) : 'fr';
}

export function stringsFor(lang: string): Strings {
  return STRINGS[languageOf(lang)];
}

type Host = ReactiveControllerHost & HTMLElement;
const hosts = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

/**
 * Keeps an element in its page's language. One observer for the whole page watches every
 * `lang` attribute, because a portal may switch the language of a whole section at once.
 */
export class LocalizeController implements ReactiveController {
  lang = 'fr';
  /** Which of our languages `lang` resolves to: the key every table of strings is read with. */
  language: Language = 'fr';
  t: Strings = fr;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
    if (!observer) {
      observer = new MutationObserver(() => hosts.forEach((h) => h.refresh()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    this.refresh();
  }

  hostDisconnected(): void {
    hosts.delete(this);
    if (!hosts.size) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** Re-reads the language; re-renders the host only when it changed. */
  refresh(): void {
    const lang = resolveLang(this.host);
    if (lang !== this.lang) {
      this.lang = lang;
      this.language = languageOf(lang);
      this.t = STRINGS[this.language];
      this.host.requestUpdate();
    }
  }
}
