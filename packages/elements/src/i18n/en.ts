import type { Strings } from './fr.js';

export const en: Strings = {
  domains: {
    employment: 'Employment', education: 'Education', health: 'Health', environment: 'Environment',
    housing: 'Housing', mobility: 'Mobility', inclusion: 'Inclusion', citizenship: 'Citizenship',
    culture: 'Culture', food: 'Food', energy: 'Energy', other: 'Other',
  },
  stages: {
    idea: 'Idea', prototype: 'Prototype', pilot: 'Pilot', scaling: 'Scaling',
    established: 'Established', closed: 'Closed',
  },
  units: { people: ['person', 'people'], hours: ['hour', 'hours'] },
  domainsLabel: 'Domains',
  territory: 'Territory',
  stage: 'Stage',
  nationwide: 'Nationwide',
  headlineMetric: 'Impact',
  target: 'target',
  visitProject: 'Visit the project',
  loading: 'Loading…',
  emptyProject: 'This project is not available.',
};
