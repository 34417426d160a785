import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { FeedClient } from '@living-lab/data';
import type { ProjectCard } from '@living-lab/elements';
import { MISSING_FEED, SAMPLE_FEED, offlineAfterLoadClient, pendingClient } from './fixtures/feeds.js';

/**
 * The card reading the sample feed by id, in each of its states. The state is also on the
 * element as a `state` attribute, for the host page's CSS.
 */
const meta: Meta = {
  title: 'Elements/Project card/States',
  component: 'll-project-card',
};
export default meta;
type Story = StoryObj;

const inFeed = (project: string, client?: FeedClient, src = SAMPLE_FEED) =>
  html`<div style="max-inline-size: 24rem">
    <ll-ecosystem .client=${client} src=${src}>
      <ll-project-card project=${project}></ll-project-card>
    </ll-ecosystem>
  </div>`;

const reaches = (state: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const card = canvasElement.querySelector<ProjectCard>('ll-project-card')!;
    await waitFor(() => expect(card.getAttribute('state')).toBe(state), { timeout: 5000 });
  };

const loading: Story = { render: () => inFeed('lirensemble-ecoles', pendingClient()), play: reaches('loading') };
const ready: Story = { render: () => inFeed('lirensemble-ecoles'), play: reaches('ready') };
const empty: Story = { render: () => inFeed('no-such-project'), play: reaches('empty') };
const error: Story = { render: () => inFeed('lirensemble-ecoles', undefined, MISSING_FEED), play: reaches('error') };
const stale: Story = {
  loaders: [async () => ({ client: await offlineAfterLoadClient() })],
  render: (_args, { loaded }) => inFeed('lirensemble-ecoles', loaded['client'] as FeedClient),
  play: reaches('stale'),
};

const en = { parameters: { lang: 'en' } };
export const LoadingFr: Story = { ...loading };
export const LoadingEn: Story = { ...loading, ...en };
export const ReadyFr: Story = { ...ready };
export const ReadyEn: Story = { ...ready, ...en };
export const EmptyFr: Story = { ...empty };
export const EmptyEn: Story = { ...empty, ...en };
export const ErrorFr: Story = { ...error };
export const ErrorEn: Story = { ...error, ...en };
export const StaleFr: Story = { ...stale };
export const StaleEn: Story = { ...stale, ...en };
