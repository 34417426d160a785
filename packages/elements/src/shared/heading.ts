import { html, type TemplateResult } from 'lit';

/**
 * A real `<hN>` at the level the host page chose, so that the card fits the page's outline.
 * Six literal templates cost less than a static-html tag and keep the markup identical on the
 * server and in the browser.
 */
export function heading(level: number, id: string, content: unknown): TemplateResult {
  switch (level) {
    case 1: return html`<h1 id=${id} part="name">${content}</h1>`;
    case 2: return html`<h2 id=${id} part="name">${content}</h2>`;
    case 4: return html`<h4 id=${id} part="name">${content}</h4>`;
    case 5: return html`<h5 id=${id} part="name">${content}</h5>`;
    case 6: return html`<h6 id=${id} part="name">${content}</h6>`;
    default: return html`<h3 id=${id} part="name">${content}</h3>`;
  }
}

/** `heading-level` as an attribute: 1–6, anything else falls back to 3. */
export const headingLevelConverter = {
  fromAttribute: (value: string | null): number => {
    const n = Number(value);
    return Number.isInteger(n) && n >= 1 && n <= 6 ? n : 3;
  },
};
