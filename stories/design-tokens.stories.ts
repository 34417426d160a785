import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { componentTable, contrastTable, semanticTable } from './docs/token-table.js';

/**
 * The tokens every element reads, generated from `packages/tokens/src/tokens.ts` (the one
 * source). Host pages set any `--ll-*` property on a container above the elements, or force a
 * theme with `data-ll-theme="light | dark | high-contrast | fr-gov"`.
 */
const meta: Meta = {
  title: 'Docs/Design tokens',
  parameters: { layout: 'padded' },
  tags: ['!autodocs'],
};
export default meta;

const styles = html`<style>
  .ll-doc-table { border-collapse: collapse; font: 14px/1.4 system-ui, sans-serif; color: #131720; background: #fff; }
  .ll-doc-table th, .ll-doc-table td { border: 1px solid #c4c9d2; padding: 4px 8px; text-align: start; vertical-align: top; }
  .ll-doc-table code { font-size: 13px; }
</style>`;

export const SemanticTokens: StoryObj = { render: () => html`${styles}<h1 style="font: bold 20px system-ui">Semantic tokens, per theme</h1>${semanticTable()}` };
export const ComponentTokens: StoryObj = { render: () => html`${styles}<h1 style="font: bold 20px system-ui">Component tokens</h1>${componentTable()}` };
export const ContrastRatios: StoryObj = {
  render: () => html`${styles}<h1 style="font: bold 20px system-ui">Contrast of every text pair (checked in npm test)</h1>${contrastTable()}`,
};
