/**
 * One complete, valid raw item of every kind, every field filled: what a careful feed author
 * writes. Tests derive hostile and broken variants from these.
 */
import type { CollectionName } from '../src/types.js';

export const VALID: Record<CollectionName, Record<string, unknown>> = {
  projects: {
    id: 'cantine-locale',
    updatedAt: '2025-03-01T10:00:00Z',
    visibility: 'public',
    name: { fr: 'Cantine locale', en: 'Local canteen' },
    tagline: 'Des repas bio pour les écoles',
    description: { fr: 'Une coopérative qui livre les cantines.', en: 'A cooperative delivering school canteens.' },
    organization: 'coop-repas',
    domains: ['food', 'education'],
    sdgs: [2, 12],
    stage: 'pilot',
    territories: [{ insee: '69123', name: 'Lyon' }],
    website: 'https://cantine.example/',
    logo: 'https://cantine.example/logo.svg',
    image: 'https://cantine.example/photo.jpg',
    partners: [{ organization: 'metropole', role: 'public' }],
    metrics: [
      {
        id: 'meals',
        label: { fr: 'Repas servis', en: 'Meals served' },
        value: 12000,
        unit: 'people',
        target: 20000,
        baseline: 0,
        direction: 'up',
        period: { start: '2024-09-01', end: '2025-06-30' },
        source: { name: 'Rapport annuel', url: 'https://cantine.example/rapport.pdf' },
        verifiedAt: '2025-02-01',
        sdg: 2,
        series: [{ date: '2024-12-31', value: 6000 }],
      },
    ],
    tags: ['bio', 'circuit court'],
    startedAt: '2023-09-01',
  },
  organizations: {
    id: 'coop-repas',
    updatedAt: '2025-01-15',
    visibility: 'public',
    name: 'Coop Repas',
    kind: 'cooperative',
    website: 'https://coop.example/',
    logo: 'https://coop.example/logo.png',
    territories: [{ department: '69' }],
  },
  talent: {
    id: 'dev-front',
    updatedAt: '2025-03-01',
    visibility: 'public',
    title: { fr: 'Développeuse front-end', en: 'Front-end developer' },
    description: 'Rejoignez-nous.',
    organization: 'coop-repas',
    project: 'cantine-locale',
    kind: 'job',
    skills: ['TypeScript', 'Accessibilité'],
    commitment: 'full-time',
    hoursPerWeek: 35,
    remote: 'partial',
    location: { insee: '69123', name: 'Lyon' },
    compensation: { min: 38000, max: 45000, currency: 'EUR', unit: 'year' },
    startDate: '2025-05-01',
    deadline: '2025-04-15',
    apply: { url: 'https://coop.example/jobs/front' },
    postedAt: '2025-03-01',
    status: 'open',
  },
  events: {
    id: 'demo-day-printemps',
    updatedAt: '2025-03-01',
    visibility: 'public',
    title: { fr: 'Demo day de printemps', en: 'Spring demo day' },
    description: 'Les projets présentent leurs résultats.',
    kind: 'demo-day',
    start: '2025-05-20T18:30:00+02:00',
    end: '2025-05-20T21:00:00+02:00',
    timezone: 'Europe/Paris',
    attendance: 'mixed',
    venue: { name: 'La Halle', address: '1 rue de la Paix', postalCode: '69002', city: 'Lyon', insee: '69382', lat: 45.76, lon: 4.83 },
    onlineUrl: 'https://live.example/demo-day',
    registration: { email: 'inscriptions@lab.example' },
    capacity: 120,
    status: 'scheduled',
    organizers: ['coop-repas'],
    projects: ['cantine-locale'],
    tags: ['démo'],
    accessibility: { wheelchair: true, hearingLoop: false, signLanguage: true },
  },
};

/** A deep copy with `changes` applied at dotted paths (`undefined` deletes). */
export function variant(base: Record<string, unknown>, changes: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(base);
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.');
    const last = keys.pop()!;
    let target = copy as Record<string, unknown>;
    for (const k of keys) target = target[k] as Record<string, unknown>;
    if (value === undefined) delete target[last];
    else target[last] = value;
  }
  return copy;
}
