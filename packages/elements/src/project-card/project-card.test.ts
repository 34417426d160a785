import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../../../data/test/client-helpers.js';
import type { Project } from '@living-lab/data';
import './ll-project-card.js';
import type { ProjectCard } from './project-card.component.js';

const project: Project = {
  id: 'lire-ensemble',
  visibility: 'public',
  name: { fr: 'Lire ensemble', en: 'Reading Together' },
  tagline: { fr: 'La lecture à voix haute en CP.', en: 'Reading aloud in first grade.' },
  description: { fr: 'Conçue avec des enseignants.', en: 'Designed with teachers.' },
  domains: ['education', 'inclusion'],
  sdgs: [4],
  stage: 'scaling',
  territories: [{ insee: '69123', name: 'Lyon' }],
  website: 'https://lire-ensemble.example.fr/',
  partners: [],
  metrics: [{ id: 'eleves', label: { fr: 'élèves', en: 'pupils' }, value: 12400, unit: 'people', target: 20000, direction: 'up' }],
  tags: [],
};

async function render(p: unknown, attrs = ''): Promise<ProjectCard> {
  const wrapper = await fixture<HTMLElement>(
    attrs.includes('lang=')
      ? `<div ${attrs}><ll-project-card></ll-project-card></div>`
      : `<div lang="fr"><ll-project-card ${attrs}></ll-project-card></div>`,
  );
  const el = wrapper.querySelector('ll-project-card')!;
  el.project = p as Project;
  await el.updateComplete;
  return el;
}
const $ = (el: ProjectCard, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (el: ProjectCard, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim();

describe('<ll-project-card> given a project', () => {
  it('shows the name, tagline, domains, territory, stage, headline metric and link', async () => {
    const el = await render(project);
    expect(el.state).to.equal('ready');
    expect(el.getAttribute('state')).to.equal('ready');
    expect(text(el, 'h3')).to.equal('Lire ensemble');
    expect(text(el, '[part=tagline]')).to.equal('La lecture à voix haute en CP.');
    expect([...el.shadowRoot!.querySelectorAll('[part=domain]')].map((li) => li.textContent)).to.deep.equal(['Éducation', 'Inclusion']);
    expect([...el.shadowRoot!.querySelectorAll('[part=meta] dt, [part=meta] dd')].map((n) => n.textContent)).to.deep.equal([
      'Territoire', 'Lyon', 'Étape', 'Essaimage',
    ]);
    expect(text(el, '[part=metric-value]')).to.equal('12 400 personnes');
    expect($(el, '[part=link]')!.getAttribute('href')).to.equal('https://lire-ensemble.example.fr/');
    expect($(el, '[part=description]')).to.equal(null);
  });

  it('fires ll-load when given a project, and again for a new one', async () => {
    const el = await render(undefined);
    setTimeout(() => (el.project = project));
    expect((await oneEvent(el, 'll-load')).detail).to.deep.equal({ count: 1 });
    setTimeout(() => (el.project = undefined));
    expect((await oneEvent(el, 'll-load')).detail).to.deep.equal({ count: 0 });
  });

  it('adds the description in the full variant', async () => {
    const el = await render(project, 'variant="full"');
    expect(text(el, '[part=description]')).to.equal('Conçue avec des enseignants.');
  });

  it('puts the name at the heading level the page asks for, and falls back to 3', async () => {
    const el = await render(project, 'heading-level="2"');
    expect($(el, 'h2')).to.exist;
    el.setAttribute('heading-level', '9');
    await el.updateComplete;
    expect($(el, 'h3')).to.exist;
    el.headingLevel = 5;
    await el.updateComplete;
    expect($(el, 'h5')?.textContent).to.equal('Lire ensemble');
  });

  it('speaks the language of its nearest lang and follows it when it changes', async () => {
    const el = await render(project, 'lang="en"');
    expect(text(el, 'h3')).to.equal('Reading Together');
    expect(text(el, '[part=metric-value]')).to.equal('12,400 people');
    expect(text(el, '[part=link]')).to.contain('Visit the project');
    el.parentElement!.setAttribute('lang', 'fr-FR');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text(el, 'h3')).to.equal('Lire ensemble');
    el.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text(el, '[part=stage], [part=meta]')).to.contain('Scaling');
  });

  it('shows a monogram when there is no logo, or when the logo fails to load', async () => {
    const el = await render({ ...project, logo: undefined });
    expect(text(el, '[part=monogram]')).to.equal('LE');
    el.project = { ...project, logo: new URL('/does-not-exist.png', location.href).href };
    await el.updateComplete;
    expect($(el, 'img[part=logo]')).to.exist;
    // The 404 may arrive before any listener could be added: wait for its effect instead.
    await until(() => !$(el, 'img'), 'the broken logo to be replaced');
    expect(text(el, '[part=monogram]')).to.equal('LE');
  });

  it('leaves out the metric and the link when the project has none', async () => {
    const el = await render({ ...project, metrics: [], website: undefined });
    expect($(el, '[part=metric]')).to.equal(null);
    expect($(el, 'a')).to.equal(null);
  });

  it('formats units the way people read them', async () => {
    const metric = (unit: string, value: number) => ({ ...project, metrics: [{ id: 'm', label: 'x', value, unit, direction: 'up' as const }] });
    expect(text(await render(metric('%', 38)), '[part=metric-value]')).to.equal('38 %');
    expect(text(await render(metric('EUR', 250000)), '[part=metric-value]')).to.equal('250 000 €');
    expect(text(await render(metric('tCO2e', 41.5)), '[part=metric-value]')).to.equal('41,5 tCO₂e');
    expect(text(await render(metric('repas', 1)), '[part=metric-value]')).to.equal('1 repas');
    expect(text(await render(metric('people', 1)), '[part=metric-value]')).to.equal('1 personne');
  });

  it('shows the empty text, or the page’s own, when given nothing', async () => {
    const el = await render(undefined);
    expect(el.state).to.equal('empty');
    expect(text(el, '[part=status]')).to.equal('Ce projet n’est pas disponible.');
    const custom = await fixture<ProjectCard>(html`<ll-project-card><span slot="empty">Bientôt</span></ll-project-card>`);
    const slot = custom.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=empty]')!;
    expect(slot.assignedNodes()[0]?.textContent).to.equal('Bientôt');
  });

  it('renders hostile text in every field as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const el = await render({
      ...project,
      name: evil,
      tagline: { fr: evil },
      description: evil,
      territories: [{ insee: '69123', name: evil }],
      metrics: [{ id: 'm', label: evil, value: 1, unit: evil, direction: 'up' }],
    }, 'variant="full"');
    await new Promise((r) => setTimeout(r, 50));
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('img[src=x], script')).to.equal(null);
    expect(text(el, 'h3')).to.equal(evil.replace(/\s+/g, ' '));
  });

  it('never puts a javascript:, data: or relative URL in an href or src', async () => {
    for (const url of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', '/relative', 'ftp://example.org/']) {
      const el = await render({ ...project, website: url, logo: url });
      expect($(el, 'a'), url).to.equal(null);
      expect($(el, 'img'), url).to.equal(null);
    }
  });

  it('survives wrong types and nulls in every field', async () => {
    const el = await render({ id: 'x', name: 42, tagline: null, domains: 'health', territories: null, metrics: [null, { value: 'a' }], stage: 7 });
    expect(el.state).to.equal('ready');
    el.project = { id: 'y', name: null, tagline: 5, territories: [null, 3, { name: 4 }], domains: [null], metrics: 'x' } as unknown as Project;
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(text(el, 'h3')).to.equal('');
  });

  it('fires a cancellable ll-navigate before the link is followed', async () => {
    const el = await render(project);
    const link = $(el, 'a')!;
    // Record whether the card let the browser follow the link, then stop the real navigation
    // ourselves so the test page stays.
    const followed: boolean[] = [];
    el.shadowRoot!.addEventListener('click', (e) => {
      followed.push(!e.defaultPrevented);
      e.preventDefault();
    });
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'll-navigate');
    expect(event.detail).to.deep.equal({ kind: 'project', id: 'lire-ensemble', url: 'https://lire-ensemble.example.fr/' });
    expect(event.composed && event.bubbles && event.cancelable).to.equal(true);
    el.addEventListener('ll-navigate', (e) => e.preventDefault());
    link.click();
    expect(followed).to.deep.equal([true, false]);
  });

  it('reaches its link from the keyboard, with a visible focus ring', async () => {
    const el = await render(project);
    el.shadowRoot!.addEventListener('click', (e) => e.preventDefault());
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused?.getAttribute('part')).to.equal('link');
    expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'll-navigate');
    expect(event.detail.id).to.equal('lire-ensemble');
  });

  it('passes axe in both variants and both languages', async () => {
    await expect(await render(project)).to.be.accessible();
    await expect(await render(project, 'variant="full"')).to.be.accessible();
    await expect(await render({ ...project, logo: undefined }, 'lang="en"')).to.be.accessible();
  });
});
