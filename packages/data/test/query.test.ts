import { expect } from '@open-wc/testing';
import { queryEvents } from '../src/query/events.js';
import { findById } from '../src/query/find.js';
import { queryProjects } from '../src/query/projects.js';
import { queryTalent } from '../src/query/talent.js';
import { validateCollection } from '../src/validate/item.js';

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

describe('queryProjects', () => {
  const { items } = validateCollection('projects', [
    { id: 'ecole', name: { fr: 'École numérique', en: 'Digital school' }, domains: ['education'], stage: 'pilot', sdgs: [4], tags: ['Numérique'], territories: [{ insee: '69123' }] },
    { id: 'sante', name: 'Santé partout', tagline: { en: 'Health for all' }, domains: ['health', 'inclusion'], stage: 'scaling', sdgs: [3, 10], territories: [{ region: '84' }] },
    { id: 'ferme', name: 'Ferme urbaine', description: 'Une œuvre collective', domains: ['food'], stage: 'closed', territories: [{ insee: '69123' }] },
    { id: 'cache', name: 'Unlisted education', domains: ['education'], visibility: 'unlisted', territories: [{ scope: 'national' }] },
    { id: 'secret', name: 'Private education', domains: ['education'], visibility: 'private' },
    { id: 'pays', name: 'Partout en France', domains: ['energy'], stage: 'established', territories: [{ scope: 'national' }] },
    { id: 'marseille', name: 'Mer propre', domains: ['environment'], territories: [{ insee: '13055' }] },
  ]);

  it('lists public projects in feed order, closed ones hidden', () => {
    expect(ids(queryProjects(items))).to.deep.equal(['ecole', 'sante', 'pays', 'marseille']);
  });

  it('shows closed projects only when stage asks for them', () => {
    expect(ids(queryProjects(items, { stage: 'closed' }))).to.deep.equal(['ferme']);
    expect(ids(queryProjects(items, { stage: 'pilot, closed' }))).to.deep.equal(['ecole', 'ferme']);
    expect(ids(queryProjects(items, { stage: ['scaling', 'established'] }))).to.deep.equal(['sante', 'pays']);
  });

  it('filters by domain, SDG and tag, any of the listed values', () => {
    expect(ids(queryProjects(items, { domain: 'health,food' }))).to.deep.equal(['sante']);
    expect(ids(queryProjects(items, { domain: ['education', 'energy'] }))).to.deep.equal(['ecole', 'pays']);
    expect(ids(queryProjects(items, { sdg: 10 }))).to.deep.equal(['sante']);
    expect(ids(queryProjects(items, { sdg: '4,3' }))).to.deep.equal(['ecole', 'sante']);
    expect(ids(queryProjects(items, { tag: 'numerique' }))).to.deep.equal(['ecole']);
    expect(ids(queryProjects(items, { domain: '' }))).to.have.length(4);
  });

  it('searches every language of name, tagline, description and tags, accents and case aside', () => {
    expect(ids(queryProjects(items, { q: 'ECOLE' }))).to.deep.equal(['ecole']);
    expect(ids(queryProjects(items, { q: 'DIGITAL école' }))).to.deep.equal(['ecole']);
    expect(ids(queryProjects(items, { q: 'health' }))).to.deep.equal(['sante']);
    expect(ids(queryProjects(items, { q: 'numerique' }))).to.deep.equal(['ecole']);
    expect(ids(queryProjects(items, { q: 'oeuvre', stage: 'closed' }))).to.deep.equal(['ferme']);
    expect(ids(queryProjects(items, { q: 'digital health' }))).to.deep.equal([]);
  });

  it('filters by territory, with or without wider places', () => {
    expect(ids(queryProjects(items, { territory: 'commune:69123' }))).to.deep.equal(['ecole', 'sante', 'pays']);
    expect(ids(queryProjects(items, { territory: '69123', localOnly: true }))).to.deep.equal(['ecole']);
    expect(ids(queryProjects(items, { territory: 'region:93' }))).to.deep.equal(['pays', 'marseille']);
    expect(ids(queryProjects(items, { territory: 'nowhere' }))).to.deep.equal([]);
  });

  it('finds unlisted projects by id, never private ones', () => {
    expect(findById(items, 'cache')?.id).to.equal('cache');
    expect(findById(items, 'ferme')?.id).to.equal('ferme');
    expect(findById(items, 'secret')).to.equal(undefined);
    expect(findById([{ id: 'x', visibility: 'private' as const }], 'x')).to.equal(undefined);
  });
});

describe('queryTalent', () => {
  const now = '2025-04-10T12:00:00+02:00';
  const { items } = validateCollection('talent', [
    { id: 'late', title: 'Late deadline', kind: 'job', skills: ['TypeScript'], remote: 'full', deadline: '2025-06-01', postedAt: '2025-03-01', location: { insee: '69123' } },
    { id: 'soon', title: 'Soon', kind: 'volunteer', skills: ['Médiation'], remote: 'no', deadline: '2025-04-12', postedAt: '2025-02-01', location: { department: '69' } },
    { id: 'today', title: 'Deadline today', kind: 'internship', skills: ['design'], deadline: '2025-04-10', postedAt: '2025-01-01' },
    { id: 'none-old', title: 'No deadline, old', kind: 'job', postedAt: '2025-01-01', location: { scope: 'national' } },
    { id: 'none-new', title: 'No deadline, new', kind: 'freelance', skills: ['typescript'], remote: 'partial', postedAt: '2025-04-01' },
    { id: 'past', title: 'Deadline passed', kind: 'job', deadline: '2025-04-09', postedAt: '2025-01-01' },
    { id: 'closed', title: 'Closed', kind: 'job', status: 'closed', postedAt: '2025-04-05' },
    { id: 'hidden', title: 'Unlisted', kind: 'job', visibility: 'unlisted' },
  ]);

  it('lists open calls, soonest deadline first, then the newest without deadline', () => {
    expect(ids(queryTalent(items, { now }))).to.deep.equal(['today', 'soon', 'late', 'none-new', 'none-old']);
  });

  it('includes closed and expired calls when asked', () => {
    expect(ids(queryTalent(items, { now, includeClosed: true }))).to.deep.equal(['past', 'today', 'soon', 'late', 'closed', 'none-new', 'none-old']);
  });

  it('filters by kind, remote and any of the skills, case and accents aside', () => {
    expect(ids(queryTalent(items, { now, kind: 'job' }))).to.deep.equal(['late', 'none-old']);
    expect(ids(queryTalent(items, { now, kind: 'job,volunteer' }))).to.deep.equal(['soon', 'late', 'none-old']);
    expect(ids(queryTalent(items, { now, remote: ['full', 'partial'] }))).to.deep.equal(['late', 'none-new']);
    expect(ids(queryTalent(items, { now, skills: 'TYPESCRIPT' }))).to.deep.equal(['late', 'none-new']);
    expect(ids(queryTalent(items, { now, skills: 'mediation, design' }))).to.deep.equal(['today', 'soon']);
  });

  it('filters by the location territory', () => {
    expect(ids(queryTalent(items, { now, territory: 'commune:69123' }))).to.deep.equal(['soon', 'late', 'none-old']);
    expect(ids(queryTalent(items, { now, territory: 'commune:69123', localOnly: true }))).to.deep.equal(['late']);
  });
});

describe('queryEvents', () => {
  const now = new Date('2025-05-15T12:00:00Z');
  const event = (id: string, start: string, extra: Record<string, unknown> = {}) => ({ id, title: id, start, ...extra });
  const { items } = validateCollection('events', [
    event('june', '2025-06-10T18:00:00+02:00', { kind: 'meetup', venue: { insee: '69123' } }),
    event('may', '2025-05-20T18:00:00+02:00', { kind: 'hackathon', venue: { insee: '13055' }, status: 'cancelled' }),
    event('running', '2025-05-15T09:00:00+02:00', { end: '2025-05-15T18:00:00+02:00', kind: 'workshop', venue: { insee: '69266' } }),
    event('online', '2025-05-30T10:00:00Z', { kind: 'webinar', attendance: 'online', status: 'postponed' }),
    event('april', '2025-04-02T18:00:00+02:00', { kind: 'meetup', venue: { insee: '69123' } }),
    event('march', '2025-03-05T18:00:00+01:00', { end: '2025-03-05T20:00:00+01:00', kind: 'conference' }),
    event('unlisted', '2025-06-01T10:00:00Z', { visibility: 'unlisted' }),
  ]);

  it('lists upcoming and running events soonest first, cancelled and postponed ones kept', () => {
    const upcoming = queryEvents(items, { now });
    expect(ids(upcoming)).to.deep.equal(['running', 'may', 'online', 'june']);
    expect(upcoming.map((e) => e.status)).to.deep.equal(['scheduled', 'cancelled', 'postponed', 'scheduled']);
  });

  it('lists past events newest first', () => {
    expect(ids(queryEvents(items, { now, past: true }))).to.deep.equal(['april', 'march']);
  });

  it('keeps a date range, a plain end date meaning the whole day', () => {
    expect(ids(queryEvents(items, { now, from: '2025-05-16', to: '2025-05-31' }))).to.deep.equal(['may', 'online']);
    expect(ids(queryEvents(items, { now, to: '2025-05-20' }))).to.deep.equal(['running', 'may']);
    expect(ids(queryEvents(items, { now, past: true, from: new Date('2025-03-06T00:00:00Z') }))).to.deep.equal(['april']);
    expect(ids(queryEvents(items, { now, from: 'not a date' }))).to.have.length(4);
  });

  it('filters by kind and by the venue territory; an event without a venue matches no territory', () => {
    expect(ids(queryEvents(items, { now, kind: 'meetup,webinar' }))).to.deep.equal(['online', 'june']);
    expect(ids(queryEvents(items, { now, territory: 'department:69' }))).to.deep.equal(['running', 'june']);
    expect(ids(queryEvents(items, { now, territory: 'commune:69123', localOnly: true }))).to.deep.equal(['june']);
    expect(ids(queryEvents(items, { now, territory: 'region:93' }))).to.deep.equal(['may']);
  });
});
