// A thousand projects that look like a real feed's: varied names and taglines of varied
// lengths, two domains, a commune, a stage, one `people` metric and a website. No logo: the
// card shows its monogram, so no sample ever waits on the network. Seeded, so every run (and
// both sides of a round) renders exactly the same data.
import type { Domain, Project, Stage } from '@living-lab/data';

const DOMAINS: Domain[] = [
  'employment', 'education', 'health', 'environment', 'housing', 'mobility',
  'inclusion', 'citizenship', 'culture', 'food', 'energy',
];
const STAGES: Stage[] = ['idea', 'prototype', 'pilot', 'scaling', 'established'];
const COMMUNES = [
  ['69123', 'Lyon'], ['69266', 'Villeurbanne'], ['69259', 'Vénissieux'], ['69256', 'Vaulx-en-Velin'],
  ['69029', 'Bron'], ['42218', 'Saint-Étienne'], ['38185', 'Grenoble'], ['69275', 'Décines-Charpieu'],
] as const;
const FIRST = ['Lire', 'Cuisine', 'Vélo', 'Toits', 'Jardins', 'Énergie', 'Code', 'Santé', 'Habitat', 'Répar’', 'Tiers-lieu', 'Mobil'];
const SECOND = ['ensemble', 'solidaire', 'partagés', 'pour tous', 'citoyenne', 'de quartier', 'en commun', 'durable'];
const WHAT = [
  'Des ateliers gratuits', 'Une plateforme ouverte', 'Un réseau de bénévoles', 'Un service de proximité',
  'Un programme d’accompagnement', 'Une coopérative d’habitants',
];
const HOW = [
  'pour apprendre à lire aux adultes', 'qui réduit le gaspillage alimentaire dans les cantines',
  'pour rénover les logements des ménages modestes', 'qui relie les demandeurs d’emploi aux entreprises du territoire',
  'pour se déplacer sans voiture', 'qui forme les jeunes au numérique',
];
const WHERE = ['', ' du quartier', ', porté par des habitants', ' avec les écoles de la ville', ' et les associations locales'];
const LABELS = ['personnes accompagnées', 'bénéficiaires', 'participants aux ateliers', 'habitants touchés'];

/** mulberry32: a tiny seeded generator, good enough to vary test data reproducibly. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const slug = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');

export function makeProjects(count: number, seed = 42): Project[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  return Array.from({ length: count }, (_, i): Project => {
    const name = `${pick(FIRST)} ${pick(SECOND)}${i % 3 === 0 ? ` ${i}` : ''}`;
    const first = pick(DOMAINS);
    const second = pick(DOMAINS.filter((d) => d !== first));
    const [insee, commune] = pick(COMMUNES);
    return {
      id: `projet-${i}`,
      visibility: 'public',
      name,
      tagline: `${pick(WHAT)} ${pick(HOW)}${pick(WHERE)}.`,
      domains: [first, second],
      sdgs: [],
      stage: pick(STAGES),
      territories: [{ insee, name: commune }],
      website: `https://${slug(name)}-${i}.example.fr/`,
      partners: [],
      metrics: [
        { id: 'beneficiaires', label: pick(LABELS), value: 12 + Math.floor(rnd() * 48_000), unit: 'people', direction: 'up' },
      ],
      tags: [],
    };
  });
}
