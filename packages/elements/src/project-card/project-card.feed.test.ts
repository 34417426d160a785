import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient, type DataWarning } from '@living-lab/data';
import { feedUrl, newSession, requestsFor, seen, switchScenario, until } from '../../../data/test/client-helpers.js';
import '../ecosystem/ll-ecosystem.js';
import './ll-project-card.js';
import type { ProjectCard } from './project-card.component.js';

// The card reading its project by id over real HTTP, from the test server in
// test/server/feed-server.js, whose scenarios misbehave on purpose.

const settled = (card: ProjectCard) => until(() => (card.state !== 'loading' ? card : undefined), 'the card to leave loading', 5000);
const status = (card: ProjectCard) => card.shadowRoot!.querySelector('[part=status]')?.textContent?.trim();

describe('<ll-project-card project="id"> inside <ll-ecosystem>', () => {
  it('shows loading, then the project, and fires ll-load', async () => {
    const session = newSession();
    const eco = await fixture(html`<ll-ecosystem src=${feedUrl('ok', session)}>
      <ll-project-card project="repair-cafe-network"></ll-project-card>
    </ll-ecosystem>`);
    const card = eco.querySelector('ll-project-card')!;
    expect(card.getAttribute('state')).to.equal('loading');
    const loaded = await oneEvent(card, 'll-load');
    expect(loaded.detail).to.deep.equal({ count: 1 });
    await card.updateComplete;
    expect(card.getAttribute('state')).to.equal('ready');
    expect(card.shadowRoot!.querySelector('h3')?.textContent).to.equal('Réseau des Repair Cafés lyonnais');
  });

  it('shares one request among every card of the page and asks only for projects', async () => {
    const session = newSession();
    const eco = await fixture(html`<ll-ecosystem src=${feedUrl('ok', session)}>
      <ll-project-card project="repair-cafe-network"></ll-project-card>
      <ll-project-card project="mobilite-solidaire"></ll-project-card>
      <ll-project-card project="repair-cafe-network" variant="full"></ll-project-card>
    </ll-ecosystem>`);
    const cards = [...eco.querySelectorAll('ll-project-card')];
    await Promise.all(cards.map(settled));
    expect(cards.map((c) => c.state)).to.deep.equal(['ready', 'ready', 'ready']);
    expect(await requestsFor(session, 'index.json')).to.equal(1);
    expect(await requestsFor(session, 'projects.json')).to.equal(1);
    expect(await requestsFor(session, 'events.json')).to.equal(0);
  });

  it('shows an unlisted project asked for by id, and empty for an unknown one', async () => {
    const session = newSession();
    const eco = await fixture(html`<ll-ecosystem src=${feedUrl('ok', session)} lang="en">
      <ll-project-card project="cantine-locale"></ll-project-card>
      <ll-project-card project="no-such-project"></ll-project-card>
    </ll-ecosystem>`);
    const [unlisted, unknown] = await Promise.all([...eco.querySelectorAll('ll-project-card')].map(settled));
    expect(unlisted!.state).to.equal('ready');
    expect(unknown!.state).to.equal('empty');
    expect(status(unknown!)).to.equal('This project is not available.');
    await expect(unknown).to.be.accessible();
  });

  it('shows an error in the page’s language, and its retry asks the server again', async () => {
    const session = newSession();
    const card = await fixture<ProjectCard>(html`<ll-project-card project="repair-cafe-network" src=${feedUrl('404', session)}></ll-project-card>`);
    const failed = await oneEvent(card, 'll-error');
    expect(failed.detail).to.include({ kind: 'http', status: 404 });
    await card.updateComplete;
    expect(card.getAttribute('state')).to.equal('error');
    expect(status(card)).to.equal('Le serveur du flux a répondu par une erreur.');
    await expect(card).to.be.accessible();

    await switchScenario(session, 'ok');
    const retry = card.shadowRoot!.querySelector<HTMLButtonElement>('[part=retry]')!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => card.state === 'ready', 'the retry to succeed');
    expect(await requestsFor(session, 'index.json')).to.equal(2);
  });

  it('keeps showing the project, marked stale, when a refresh fails', async () => {
    const session = newSession();
    const client = createClient({ src: feedUrl('ok', session), ttl: 0, retries: 0 });
    const eco = await fixture(html`<ll-ecosystem .client=${client}>
      <ll-project-card project="mobilite-solidaire"></ll-project-card>
    </ll-ecosystem>`);
    const card = await settled(eco.querySelector('ll-project-card')!);
    expect(card.state).to.equal('ready');
    await switchScenario(session, 'status-500');
    await client.load('projects');
    await until(() => card.state === 'stale', 'the card to turn stale');
    expect(card.shadowRoot!.querySelector('h3')?.textContent).to.equal('Mobilité solidaire Val de Saône');
    expect(status(card)).to.contain('cache');
    await expect(card).to.be.accessible();
  });

  it('passes on what the validator dropped as ll-data-warning events', async () => {
    const session = newSession();
    const warnings: DataWarning[] = [];
    const eco = await fixture(html`<ll-ecosystem src=${feedUrl('bad-items', session)}
      @ll-data-warning=${(e: CustomEvent<DataWarning>) => warnings.push(e.detail)}>
      <ll-project-card project="repair-cafe-network"></ll-project-card>
    </ll-ecosystem>`);
    await settled(eco.querySelector('ll-project-card')!);
    expect(warnings.length).to.be.greaterThan(0);
    expect(warnings[0]).to.have.keys(['collection', 'item', 'field', 'reason', 'dropped']);
  });

  it('reserves its final size while loading, so the page does not jump', async () => {
    const session = newSession();
    const card = await fixture<ProjectCard>(html`<div style="inline-size: 22rem">
      <ll-project-card project="mobilite-solidaire" src=${feedUrl('slow', session) + '?delay=300'}></ll-project-card>
    </div>`).then((wrapper) => wrapper.querySelector('ll-project-card')!);
    await card.updateComplete;
    expect(card.state).to.equal('loading');
    const loadingHeight = card.getBoundingClientRect().height;
    await expect(card).to.be.accessible();
    await settled(card);
    await card.updateComplete;
    expect(card.state).to.equal('ready');
    expect(card.getBoundingClientRect().height).to.equal(loadingHeight);
  });
});

describe('<ll-project-card project="id" src="…"> without a provider', () => {
  it('shares one client with every card of the same src', async () => {
    const session = newSession();
    const src = feedUrl('ok', session);
    const wrapper = await fixture(html`<div>
      <ll-project-card project="repair-cafe-network" src=${src}></ll-project-card>
      <ll-project-card project="mobilite-solidaire" src=${src}></ll-project-card>
    </div>`);
    await Promise.all([...wrapper.querySelectorAll('ll-project-card')].map(settled));
    expect(await requestsFor(session, 'projects.json')).to.equal(1);
  });

  it('stops the request when the last card that wanted it leaves the page', async () => {
    const session = newSession();
    await switchScenario(session, 'hang', 'projects.json');
    const src = feedUrl('ok', session);
    const wrapper = await fixture(html`<div>
      <ll-project-card project="repair-cafe-network" src=${src}></ll-project-card>
      <ll-project-card project="mobilite-solidaire" src=${src}></ll-project-card>
    </div>`);
    await until(async () => (await requestsFor(session, 'projects.json')) === 1, 'the collection to be asked for');
    const [first, second] = [...wrapper.querySelectorAll('ll-project-card')];
    first!.remove();
    await new Promise((r) => setTimeout(r, 200));
    expect((await seen(session)).files['projects.json']?.aborted, 'still wanted by the second card').to.equal(0);
    second!.remove();
    await until(async () => (await seen(session)).files['projects.json']?.aborted === 1, 'the server to see the request closed');
  });
});

describe('<ll-project-card> reading a hostile feed', () => {
  it('renders markup as text, drops script links, and still shows the valid project', async () => {
    const session = newSession();
    const warnings: unknown[] = [];
    const eco = await fixture(html`<ll-ecosystem src=${feedUrl('hostile', session)} @ll-data-warning=${(e: Event) => warnings.push(e)}>
      <ll-project-card project="repair-cafe-network"></ll-project-card>
      <ll-project-card project="mobilite-solidaire" variant="full"></ll-project-card>
    </ll-ecosystem>`);
    const [valid, hostile] = await Promise.all([...eco.querySelectorAll('ll-project-card')].map(settled));
    await new Promise((r) => setTimeout(r, 100));
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(valid!.state).to.equal('ready');
    expect(hostile!.state).to.equal('ready');
    const root = hostile!.shadowRoot!;
    expect(root.querySelector('h3')?.textContent).to.contain('<script>');
    expect(root.querySelector('script, img[src=x], [onerror]')).to.equal(null);
    expect(root.querySelector('a')).to.equal(null);
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('[part=metric-value]')?.textContent).to.match(/^7 /);
    expect(warnings.length).to.be.greaterThan(5);
  });
});
