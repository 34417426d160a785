import { expect } from '@open-wc/testing';
import { feedUrl, newSession, until } from '../../../data/test/client-helpers.js';
import type { ProjectCard } from '../project-card/project-card.component.js';

// This file defines the card first and the provider only later, as a page whose scripts arrive
// in any order would: the card's request for its provider must not be lost.
describe('<ll-ecosystem> defined after its consumers', () => {
  it('still feeds a card that asked before it existed', async () => {
    await import('../project-card/ll-project-card.js');
    const session = newSession();
    const eco = document.createElement('ll-ecosystem');
    eco.setAttribute('src', feedUrl('ok', session));
    eco.setAttribute('theme', 'dark');
    eco.innerHTML = '<ll-project-card project="repair-cafe-network"></ll-project-card>';
    document.body.append(eco);
    const card = eco.querySelector<ProjectCard>('ll-project-card')!;
    await until(() => card.state === 'loading', 'the card to start loading');
    expect(customElements.get('ll-ecosystem')).to.equal(undefined);

    await import('./ll-ecosystem.js');
    await until(() => card.state === 'ready', 'the card to get its project', 5000);
    expect(eco.getAttribute('data-ll-theme')).to.equal('dark');
    eco.remove();
  });
});
