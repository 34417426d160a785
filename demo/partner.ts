// A few neighbouring projects from the feed, and a language switch, as a partner would wire them.
const neighbours = ['emploi-proximite', 'plateforme-anti-gaspi', 'cabines-telesante'];
const grid = document.querySelector('#neighbours')!;
for (const id of neighbours) {
  const card = document.createElement('ll-project-card');
  card.setAttribute('project', id);
  card.setAttribute('heading-level', '3');
  grid.append(card);
}

const toggle = document.querySelector<HTMLAnchorElement>('#lang-toggle')!;
toggle.addEventListener('click', (event) => {
  event.preventDefault();
  const english = document.documentElement.lang === 'fr';
  document.documentElement.lang = english ? 'en' : 'fr';
  toggle.textContent = english ? 'Français' : 'English';
  toggle.setAttribute('aria-pressed', String(english));
});

// A partner can keep visitors on its page, or count outbound clicks, without any cookie.
document.addEventListener('ll-navigate', (event) => {
  console.info('Living-lab link followed:', event.detail.url);
});
