// The feeds the data-layer benchmarks serve: the sample lab's own feed (44 projects, built from
// demo/content by the same builder as `npm run feed`, so the benchmarks need no build first and
// never read a stale demo/public/feed), and a 5,000-project feed made by varying those projects.
// Everything stays in memory but the builder's output, which goes to a temporary folder that is
// removed at once.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../../..');

let sample;

/**
 * The sample feed as `npm run feed` writes it: `{ index, projects }`, both the parsed documents.
 * Built once per run: the feed builder's TypeScript is bundled for Node (it runs from `dist`
 * otherwise, which would need a build) and run on demo/content.
 */
export function sampleFeed() {
  sample ??= buildSample();
  return sample;
}

async function buildSample() {
  const dir = mkdtempSync(join(tmpdir(), 'll-bench-feed-'));
  try {
    const { outputFiles } = await esbuild.build({
      entryPoints: [join(ROOT, 'packages/data/src/cli/build.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      conditions: ['source'],
      write: false,
      logLevel: 'warning',
      // The YAML parser is CommonJS and requires Node's built-ins.
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    });
    const builder = join(dir, 'build.mjs');
    writeFileSync(builder, outputFiles[0].contents);
    const { buildFeed } = await import(pathToFileURL(builder).href);
    const out = join(dir, 'feed');
    const result = buildFeed({ contentDir: join(ROOT, 'demo/content'), outDir: out });
    if (result.problems.length) throw new Error(`the sample feed does not build:\n  ${result.problems.slice(0, 5).join('\n  ')}`);
    const read = (file) => JSON.parse(readFileSync(join(out, file), 'utf8'));
    return { index: read('index.json'), projects: read('projects.json') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** mulberry32: a tiny seeded generator, so every run serves the very same bytes. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Adds `suffix` to a text field, whichever form it has (a string or `{ fr, en }`). */
const suffixed = (text, suffix) =>
  typeof text === 'string' ? `${text}${suffix}` : text && Object.fromEntries(Object.entries(text).map(([lang, s]) => [lang, `${s}${suffix}`]));

const QUARTERS = ['Nord', 'Sud', 'Est', 'Ouest', 'Centre', 'Rive gauche', 'Rive droite', 'Plateau', 'Vallée', 'Gare'];

let big;

/**
 * A projects collection of `count` items made from the sample's projects, as a JSON text of
 * realistic size (about 2.9 kB an item as the builder writes it, like the sample's): the sample projects in turn, each copy
 * with its own id, a name and tagline of its own, the territories of another sample project (so
 * that a territory filter picks a scattered part of the feed), metric values scaled, its own
 * dates. Bad data is normal: about one item in a hundred has a field the validator drops and
 * reports (an SDG of 18, a start date in words, an unknown partner role), in fields no card shows;
 * a few are unlisted or private, a few closed, as in real feeds.
 */
export async function bigProjectsFeed(count = 5000) {
  if (big?.count === count) return big.value;
  const { index, projects } = await sampleFeed();
  const samples = projects.items;
  const rnd = random(5000);
  const items = Array.from({ length: count }, (_, i) => {
    const base = samples[i % samples.length];
    const other = samples[Math.floor(rnd() * samples.length)];
    const copy = structuredClone(base);
    const quarter = QUARTERS[Math.floor(rnd() * QUARTERS.length)];
    copy.id = `${base.id}-${i + 1}`;
    copy.name = suffixed(base.name, ` ${quarter} ${Math.floor(i / samples.length) + 1}`);
    if (copy.tagline && i % 3 === 0) copy.tagline = suffixed(base.tagline, ` (${quarter})`);
    copy.territories = structuredClone(i % 4 === 0 ? base.territories : other.territories);
    const day = String(1 + (i % 28)).padStart(2, '0');
    copy.updatedAt = `2026-${String(1 + (i % 11)).padStart(2, '0')}-${day}`;
    for (const metric of copy.metrics ?? []) {
      const factor = 0.5 + rnd();
      metric.value = Number.isInteger(metric.value) ? Math.round(metric.value * factor) : +(metric.value * factor).toFixed(1);
    }
    if (i % 97 === 5) copy.visibility = 'unlisted';
    if (i % 211 === 7) copy.visibility = 'private';
    if (i % 101 === 13) copy.sdgs = [...(copy.sdgs ?? []), 18];
    if (i % 103 === 17) copy.startedAt = 'au printemps';
    if (i % 107 === 19 && copy.partners?.[0]) copy.partners[0].role = 'sponsor';
    return copy;
  });
  // Written as the feed builder writes it (two-space indentation), since that is what labs serve.
  const text = `${JSON.stringify({ version: 1, generatedAt: projects.generatedAt, items }, null, 2)}\n`;
  big = { count, value: { index, text, count } };
  return big.value;
}

/** index.json of a feed whose only collection is `projects.json` next to it. */
export const projectsIndex = (index) => JSON.stringify({ ...index, collections: { projects: 'projects.json' } });
