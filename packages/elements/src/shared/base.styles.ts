import { css } from 'lit';

/** What every element's shadow root shares: box model, focus ring, the visually-hidden helper. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    /* On :host the tokens are read through their private twins (see @living-lab/tokens/lit). */
    color: var(--_ll-color-text);
    font-family: var(--_ll-font-family);
    font-size: var(--_ll-font-size-md);
    line-height: var(--_ll-line-height-body);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--ll-focus-ring-width) solid var(--ll-color-focus);
    outline-offset: var(--ll-focus-ring-offset);
  }
  a {
    color: var(--ll-color-link);
  }
  button {
    font: inherit;
    cursor: pointer;
    color: var(--ll-color-on-accent);
    background: var(--ll-color-accent);
    border: 1px solid transparent;
    border-radius: var(--ll-radius-sm);
    padding: var(--ll-space-2) var(--ll-space-4);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
