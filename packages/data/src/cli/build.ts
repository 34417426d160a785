/// <reference types="node" />
/** `living-lab-feed build`: a content folder of YAML/JSON files -> a static feed folder. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, type CollectionName, type DataWarning, type Item } from '../types.js';
import { validateItem } from '../validate/item.js';
import { SCALARS, isRecord } from '../validate/scalars.js';
import { ITEM_SHAPES, LAB_SHAPE } from '../validate/shapes.js';
import { Bad, walk } from '../validate/walk.js';
import { readItems, readLab } from './content.js';
import { brokenReferences, type Feed } from './references.js';
import { resolveRelativeDates, todayIn } from './relative-dates.js';
import { countsLine, describe } from './report.js';
import { unknownFields } from './unknown-fields.js';

export interface BuildOptions {
  readonly contentDir: string;
  readonly outDir: string;
  /** `YYYY-MM-DD` that relative dates count from; by default today in each item's time zone. */
  readonly today?: string;
}

export interface BuildResult {
  /** Lines that fail the build: a dropped item or field, a broken reference, an unreadable file. */
  readonly problems: string[];
  /** Lines worth reading that do not fail the build (unknown fields). */
  readonly notes: string[];
  readonly summary: string;
}

const DEFAULT_TIME_ZONE = 'Europe/Paris';

export function buildFeed({ contentDir, outDir, today }: BuildOptions): BuildResult {
  const problems: string[] = [];
  const notes: string[] = [];
  const lab = checkLab(contentDir, problems);
  const { feed, fileOf } = checkItems(contentDir, today, problems, notes);

  // Private items are checked like the others but never published: a static feed is public.
  const published = Object.fromEntries(
    COLLECTIONS.map((name) => [name, feed[name].filter((i) => i.visibility != 'private').sort(byId)]),
  ) as unknown as Feed;
  for (const broken of brokenReferences(published)) {
    const item = (published[broken.collection] as readonly Item[]).find((i) => i.id == broken.id)!;
    problems.push(`${fileOf.get(item)}: ${broken.field}: ${broken.reason}`);
  }
  if (problems.length) return { problems, notes, summary: `living-lab-feed: ${problems.length} problem(s); nothing written` };

  writeFeed(outDir, lab, published);
  const counts = Object.fromEntries(COLLECTIONS.map((name) => [name, published[name].length])) as Record<CollectionName, number>;
  const hidden = COLLECTIONS.reduce((n, name) => n + feed[name].length - published[name].length, 0);
  const privateNote = hidden ? ` (${hidden} private item${hidden == 1 ? '' : 's'} left out)` : '';
  return { problems, notes, summary: `living-lab-feed: wrote ${outDir}: ${countsLine(counts)}${privateNote}` };
}

function checkLab(contentDir: string, problems: string[]): unknown {
  const { file, data, error } = readLab(contentDir);
  if (error) return void problems.push(`${file}: ${error}`);
  const lab = walk(LAB_SHAPE, data, '', { report: (field, reason) => problems.push(`${file}: ${field}: ${reason}`) });
  if (lab instanceof Bad) return void problems.push(`${file}: ${lab.why}`);
  return lab;
}

/** Every item validated by the same rules as the browser's, each problem named by its file. */
function checkItems(contentDir: string, today: string | undefined, problems: string[], notes: string[]) {
  const feed = {} as Record<CollectionName, Item[]>;
  const fileOf = new Map<Item, string>();
  const contentFiles = readItems(contentDir);
  for (const name of COLLECTIONS) {
    feed[name] = [];
    const seen = new Map<string, string>();
    contentFiles[name].forEach(({ file, data, error }, position) => {
      if (error) return void problems.push(`${file}: ${error}`);
      const raw = withDefaults(data, file, today);
      const item = validateItem(name, raw, position, (w: DataWarning) => problems.push(describe(file, w, raw)));
      for (const field of unknownFields(ITEM_SHAPES[name], raw)) notes.push(`${file}: ${field}: unknown field, ignored`);
      if (!item) return;
      const earlier = seen.get(item.id);
      if (earlier) return void problems.push(`${file}: id: "${item.id}" is already the id of ${earlier}`);
      seen.set(item.id, file);
      fileOf.set(item, file);
      feed[name].push(item);
    });
  }
  return { feed, fileOf };
}

function writeFeed(outDir: string, lab: unknown, published: Feed): void {
  const generatedAt = new Date().toISOString();
  const collections = Object.fromEntries(COLLECTIONS.map((name) => [name, `${name}.json`]));
  mkdirSync(outDir, { recursive: true });
  const write = (file: string, doc: unknown) => writeFileSync(join(outDir, file), JSON.stringify(doc, null, 2) + '\n');
  write('index.json', { feed: 'living-lab', version: 1, generatedAt, lab, collections });
  for (const name of COLLECTIONS) write(`${name}.json`, { version: 1, generatedAt, items: published[name] });
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The file name is the id unless the file says otherwise; relative dates count from the build day. */
function withDefaults(data: unknown, file: string, today: string | undefined): unknown {
  if (!isRecord(data)) return data;
  const id = data.id ?? file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
  const timeZone = SCALARS.timeZone(data.timezone) ?? DEFAULT_TIME_ZONE;
  return resolveRelativeDates({ ...data, id }, today ?? todayIn(timeZone), timeZone);
}
