import { css } from 'lit';
import { tokenStyles } from '@living-lab/tokens/lit';
import { baseStyles } from '../shared/base.styles.js';

export const styles = [
  tokenStyles,
  baseStyles,
  css`
    .card {
      /* Fills a stretched grid cell, so a row of cards lines up. */
      block-size: 100%;
      display: flex;
      flex-direction: column;
      gap: var(--ll-card-gap);
      /* Loading, empty, error and ready share one size, so the page does not jump. */
      min-block-size: var(--ll-card-min-height);
      padding: var(--ll-card-padding);
      color: var(--ll-card-text);
      background: var(--ll-card-background);
      border: 1px solid var(--ll-card-border);
      border-radius: var(--ll-card-radius);
      box-shadow: var(--ll-card-shadow);
      overflow-wrap: anywhere;
    }
    :host([variant='full']) .card {
      min-block-size: var(--ll-card-min-height-full);
    }
    .head {
      display: flex;
      align-items: center;
      gap: var(--ll-space-3);
    }
    [part='logo'],
    [part='monogram'] {
      flex: none;
      inline-size: 3.5rem;
      block-size: 3.5rem;
      border-radius: var(--ll-radius-md);
      object-fit: contain;
    }
    [part='monogram'] {
      display: grid;
      place-items: center;
      font-weight: var(--ll-font-weight-bold);
      color: var(--ll-color-on-accent);
      background: var(--ll-color-accent);
    }
    [part='name'] {
      margin: 0;
      color: var(--ll-card-title-color);
      font-size: var(--ll-font-size-lg);
      line-height: var(--ll-line-height-heading);
      font-weight: var(--ll-font-weight-bold);
    }
    p,
    dl,
    dd {
      margin: 0;
    }
    /* Compact cards keep one height in a grid: long taglines are cut visually (still read in full by screen readers). */
    :host(:not([variant='full'])) [part='tagline'] {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 3;
      overflow: hidden;
    }
    [part='tagline'],
    [part='meta'],
    .metric-label,
    .metric-target {
      color: var(--ll-color-text-muted);
    }
    [part='domains'] {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ll-space-2);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    [part='domain'] {
      padding: var(--ll-space-1) var(--ll-space-2);
      border-radius: var(--ll-radius-pill);
      font-size: var(--ll-font-size-sm);
      color: var(--ll-tag-text);
      background: var(--ll-tag-background);
    }
    [part='meta'] {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ll-space-1) var(--ll-space-4);
      font-size: var(--ll-font-size-sm);
    }
    dt,
    dd {
      display: inline;
    }
    /* French puts a (non-breaking) space before the colon; English does not. */
    dt::after {
      content: '\\00a0: ';
    }
    :host(:lang(en)) dt::after {
      content: ': ';
    }
    [part='metric'] {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: var(--ll-space-1) var(--ll-space-2);
    }
    [part='metric-value'] {
      font-size: var(--ll-font-size-xl);
      font-weight: var(--ll-font-weight-bold);
      color: var(--ll-metric-value-color);
    }
    [part='link'] {
      margin-block-start: auto;
      align-self: flex-start;
      font-weight: var(--ll-font-weight-bold);
    }
    .skeleton {
      justify-content: center;
      align-items: center;
      background: linear-gradient(90deg, var(--ll-card-background), var(--ll-color-surface-raised), var(--ll-card-background));
      background-size: 200% 100%;
      animation: ll-shimmer calc(var(--ll-motion-duration) * 8) linear infinite;
    }
    .stale {
      font-size: var(--ll-font-size-sm);
      color: var(--ll-color-text-muted);
    }
    @keyframes ll-shimmer {
      to {
        background-position: -200% 0;
      }
    }
  `,
];
