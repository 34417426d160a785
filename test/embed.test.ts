import { expect } from '@open-wc/testing';
import { until } from '../packages/data/test/client-helpers.js';

// The one script partners paste, as built for production (served by test/server/embed-bundle.js).

function addScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

describe('living-lab.js on a partner page', () => {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('defines a tag only once the page uses it, loads twice without throwing, and sets no cookie', async () => {
    const card = document.createElement('ll-project-card');
    card.setAttribute('heading-level', '2');
    document.body.append(card);

    await addScript('/__embed__/living-lab.js');
    // A second copy, as when a CMS block and the page template both include it.
    await addScript('/__embed__/living-lab.js?again');
    await until(() => customElements.get('ll-project-card'), 'the card to be defined');
    expect(customElements.get('ll-ecosystem'), 'unused tags are not loaded').to.equal(undefined);

    (card as HTMLElement & { project: unknown }).project = { id: 'p', name: 'Repair Café', domains: ['environment'] };
    await until(() => card.shadowRoot?.querySelector('h2')?.textContent === 'Repair Café', 'the card to render');

    // A tag added later, as a single-page app would, is loaded on first sight.
    const eco = document.createElement('ll-ecosystem');
    document.body.append(eco);
    await until(() => customElements.get('ll-ecosystem'), 'the provider to be defined on first use');

    expect(errors).to.deep.equal([]);
    expect(document.cookie).to.equal('');
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    card.remove();
    eco.remove();
  });
});
