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
  retry: 'Try again',
  stale: 'Showing saved data: the feed cannot be reached.',
  errors: {
    network: 'The data feed cannot be reached.',
    timeout: 'The data feed is taking too long to answer.',
    http: 'The feed’s server answered with an error.',
    'invalid-json': 'The data feed cannot be read.',
    'not-a-feed': 'This address does not hold a Living-lab feed.',
    'unsupported-version': 'This version of the feed is not supported.',
    aborted: 'Loading was interrupted.',
  },
};
