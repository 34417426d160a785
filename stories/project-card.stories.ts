import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import type { Project } from '@living-lab/data';
import type { ProjectCard } from '@living-lab/elements';
import { carbonTracker, jobService, longFrench, readingApp } from './fixtures/projects.js';

interface Args {
  project: Project;
  variant: 'compact' | 'full';
  headingLevel: number;
}

/** The card's shadow root, once it has rendered. */
async function card(canvas: HTMLElement): Promise<ShadowRoot> {
  const el = canvas.querySelector<ProjectCard>('ll-project-card')!;
  await el.updateComplete;
  return el.shadowRoot!;
}

const meta: Meta<Args> = {
  title: 'Elements/Project card',
  component: 'll-project-card',
  args: { project: readingApp, variant: 'compact', headingLevel: 3 },
  argTypes: {
    variant: { control: 'inline-radio', options: ['compact', 'full'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: ({ project, variant, headingLevel }) =>
    html`<div style="max-inline-size: 24rem">
      <ll-project-card .project=${project} variant=${variant} heading-level=${headingLevel}></ll-project-card>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Compact: Story = {
  play: async ({ canvasElement }) => {
    const root = await card(canvasElement);
    await expect(root.querySelector('h3')?.textContent).toBe('Lire ensemble');
    await expect(root.querySelector('[part=metric-value]')?.textContent).toMatch(/12\s400\spersonnes/);
  },
};

export const Full: Story = {
  args: { variant: 'full' },
  play: async ({ canvasElement }) => {
    const root = await card(canvasElement);
    await expect(root.querySelector('[part=description]')?.textContent).toContain('enseignants');
  },
};

export const English: Story = {
  parameters: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const root = await card(canvasElement);
    await expect(root.querySelector('h3')?.textContent).toBe('Reading Together');
    await expect(root.querySelector('[part=metric-value]')?.textContent).toBe('12,400 people');
  },
};

export const LongFrenchTexts: Story = { args: { project: longFrench, variant: 'full' } };

export const MissingLogo: Story = {
  args: { project: { ...jobService, logo: undefined } },
  play: async ({ canvasElement }) => {
    const root = await card(canvasElement);
    await expect(root.querySelector('[part=monogram]')?.textContent).toBe('ED');
  },
};

export const MissingMetric: Story = {
  args: { project: { ...readingApp, metrics: [] } },
  play: async ({ canvasElement }) => {
    const root = await card(canvasElement);
    await expect(root.querySelector('[part=metric]')).toBeNull();
  },
};

export const PercentMetric: Story = { args: { project: jobService } };

export const CarbonMetric: Story = { args: { project: carbonTracker } };

export const Dark: Story = { parameters: { theme: 'dark', backgrounds: { disable: true } } };

export const HighContrast: Story = { parameters: { theme: 'high-contrast' } };

export const FrenchPublicService: Story = { args: { variant: 'full' }, parameters: { theme: 'fr-gov' } };

/** Several cards, as a partner page would lay them out. */
export const Grid: Story = {
  render: () => html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr))">
    ${[readingApp, jobService, longFrench, carbonTracker].map((p) => html`<ll-project-card .project=${p}></ll-project-card>`)}
  </div>`,
};
