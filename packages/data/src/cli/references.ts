import type { CollectionItems, CollectionName } from '../types.js';

export type Feed = { readonly [K in CollectionName]: readonly CollectionItems[K][] };

export interface BrokenReference {
  readonly collection: CollectionName;
  readonly id: string;
  readonly field: string;
  readonly reason: string;
}

/** Every id one item names in another collection, with the field it is named in. */
function referencesOf(feed: Feed): [CollectionName, string, string, CollectionName, string][] {
  const refs: [CollectionName, string, string, CollectionName, string][] = [];
  const add = (from: CollectionName, id: string, field: string, to: CollectionName, target: string | undefined) =>
    void (target !== undefined && refs.push([from, id, field, to, target]));
  for (const p of feed.projects) {
    add('projects', p.id, 'organization', 'organizations', p.organization);
    p.partners.forEach((partner, i) => add('projects', p.id, `partners.${i}.organization`, 'organizations', partner.organization));
  }
  for (const t of feed.talent) {
    add('talent', t.id, 'organization', 'organizations', t.organization);
    add('talent', t.id, 'project', 'projects', t.project);
  }
  for (const e of feed.events) {
    e.organizers.forEach((o, i) => add('events', e.id, `organizers.${i}`, 'organizations', o));
    e.projects.forEach((p, i) => add('events', e.id, `projects.${i}`, 'projects', p));
  }
  return refs;
}

/** References to items the feed does not publish: the elements would show nothing there. */
export function brokenReferences(feed: Feed): BrokenReference[] {
  const ids = Object.fromEntries(Object.entries(feed).map(([name, items]) => [name, new Set(items.map((i) => i.id))]));
  return referencesOf(feed)
    .filter(([, , , to, target]) => !ids[to]?.has(target))
    .map(([collection, id, field, to, target]) => ({ collection, id, field, reason: `no ${to.replace(/s$/, '')} "${target}" in the feed` }));
}
