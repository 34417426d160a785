import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { SAMPLE_FEED } from './fixtures/feeds.js';

interface Args {
  theme: string;
  lang: string;
}

/**
 * `<ll-ecosystem>` shows nothing itself: it gives the elements inside one feed client, a
 * language, a default territory and a theme. Here three cards share one request to the sample feed.
 */
const meta: Meta<Args> = {
  title: 'Elements/Ecosystem',
  component: 'll-ecosystem',
  args: { theme: '', lang: 'fr' },
  argTypes: {
    theme: { control: 'select', options: ['', 'light', 'dark', 'high-contrast', 'fr-gov'] },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
  },
  render: ({ theme, lang }) => html`<ll-ecosystem src=${SAMPLE_FEED} theme=${theme || undefined} lang=${lang}>
    <div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr))">
      <ll-project-card project="lirensemble-ecoles"></ll-project-card>
      <ll-project-card project="emploi-proximite"></ll-project-card>
      <ll-project-card project="cabines-telesante"></ll-project-card>
    </div>
  </ll-ecosystem>`,
  play: async ({ canvasElement }) => {
    const cards = [...canvasElement.querySelectorAll('ll-project-card')];
    await waitFor(() => expect(cards.map((c) => c.getAttribute('state'))).toEqual(['ready', 'ready', 'ready']), { timeout: 5000 });
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Provider: Story = {};
export const ProviderInEnglish: Story = { args: { lang: 'en' } };
export const FrenchPublicServiceTheme: Story = { args: { theme: 'fr-gov' } };
export const DarkTheme: Story = { args: { theme: 'dark' } };
