/// <reference types="node" />
/** `living-lab-feed check`: loads a published feed as a reader would, and reports what it drops. */
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isFeedError } from '../errors.js';
import { COLLECTIONS, type CollectionName, type DataWarning, type FeedIndex } from '../types.js';
import { validateIndex } from '../validate/feed-index.js';
import { validateCollection } from '../validate/item.js';
import { isRecord } from '../validate/scalars.js';
import { brokenReferences, type Feed } from './references.js';
import { countsLine, describe } from './report.js';

export interface CheckResult {
  readonly problems: string[];
  readonly summary: string;
}

interface FeedSource {
  /** Where index.json is, as the URL that collection URLs resolve against. */
  readonly indexUrl: string;
  read(url: string): Promise<string>;
}

/**
 * A local folder is checked as if it were the root of a web site: its files get URLs on a
 * placeholder origin, so that the reader's rules (same-origin collections, relative URLs) apply
 * unchanged, and are read back from the folder.
 */
const LOCAL_ORIGIN = 'https://feed.localhost/';

function sourceFor(target: string): FeedSource {
  if (/^https?:\/\//i.test(target)) {
    return {
      indexUrl: /\.json([?#]|$)/.test(target) ? target : target.replace(/\/?$/, '/index.json'),
      async read(url) {
        const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
        if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
        return response.text();
      },
    };
  }
  const indexPath = statSync(target).isDirectory() ? join(target, 'index.json') : target;
  const root = dirname(resolve(indexPath));
  return {
    indexUrl: LOCAL_ORIGIN + encodeURIComponent(basename(indexPath)),
    read: async (url) => readFileSync(join(root, decodeURIComponent(new URL(url).pathname)), 'utf8'),
  };
}

const documentName = (url: string) => decodeURIComponent(new URL(url).pathname.split('/').pop() || url);

async function load(source: FeedSource, url: string): Promise<unknown> {
  const text = await source.read(url);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`not JSON: ${(e as Error).message}`);
  }
}

/** The item a warning is about, as the feed wrote it: by position (`#3`) or by id. */
function rawItem(collection: unknown, item: string): unknown {
  const items: unknown[] = Array.isArray(collection) ? collection : isRecord(collection) && Array.isArray(collection.items) ? collection.items : [];
  return item.startsWith('#') ? items[Number(item.slice(1))] : items.find((i) => isRecord(i) && i.id === item);
}

export async function checkFeed(target: string): Promise<CheckResult> {
  const problems: string[] = [];
  const warn = (where: string, raw?: unknown) => (w: DataWarning) => problems.push(describe(where, w, raw));
  const fail = (message: string): CheckResult => ({ problems: [...problems, message], summary: `living-lab-feed: ${target} is not a readable feed` });

  let source: FeedSource;
  let index: FeedIndex;
  try {
    source = sourceFor(target);
    const raw = await load(source, source.indexUrl);
    const checked = validateIndex(raw, source.indexUrl);
    index = checked.index;
    for (const w of checked.warnings) {
      if (w.collection == 'index') warn('index.json', raw)(w);
      else {
        const inline = (raw as { collections: Record<string, unknown> }).collections[w.collection];
        warn(`index.json: ${w.collection}: ${w.item}`, rawItem(inline, w.item))(w);
      }
    }
  } catch (e) {
    const message = isFeedError(e) ? `${e.kind}: ${e.message}` : (e as Error).message;
    return fail(`index.json: ${message}`);
  }

  const feed = {} as Record<CollectionName, unknown[]>;
  for (const name of COLLECTIONS) {
    const c = index.collections[name];
    if (typeof c != 'string') {
      feed[name] = [...(c ?? [])];
      continue;
    }
    const where = documentName(c);
    try {
      const raw = await load(source, c);
      const { items, warnings } = validateCollection(name, raw, c);
      feed[name] = items;
      for (const w of warnings) warn(w.item ? `${where}: ${w.item}` : where, rawItem(raw, w.item))(w);
    } catch (e) {
      problems.push(`${where}: cannot load ${c}: ${(e as Error).message}`);
      feed[name] = [];
    }
  }
  for (const broken of brokenReferences(feed as unknown as Feed)) {
    problems.push(`${broken.collection}.json: ${broken.id}: ${broken.field}: ${broken.reason}`);
  }

  const counts = Object.fromEntries(COLLECTIONS.map((name) => [name, feed[name].length])) as Record<CollectionName, number>;
  const verdict = problems.length ? `${problems.length} problem${problems.length == 1 ? '' : 's'}` : 'no problems';
  return { problems, summary: `living-lab-feed: checked ${target}: ${countsLine(counts)}; ${verdict}` };
}
