// First render of a filtered list: how long a page takes, from nothing, to paint the 12 first
// projects of a territory and a domain out of a 5,000-project feed. No target was set: this one
// says what it costs on this machine, and what share of it each step takes.
import { bigProjectsFeed, projectsIndex } from './data/feed.js';
import { compare } from './lib/rounds.js';
import { median } from './lib/stats.js';

const COUNT = 5000;
const QUERY = { territory: 'department:69', domain: 'environment', department: '69', region: '84' };
const CSS = '#stage{padding:16px}.grid{width:1248px;display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:16px;align-items:start}';

export const name = 'First render of a filtered list';
export const measures =
  `From a start mark to the end of the frame that paints 12 project cards (a rAF, then a task), out of a ${COUNT.toLocaleString('en')}-project feed ` +
  'served over HTTP by our 127.0.0.1 server (about 14 MB, as the feed builder writes it, `no-store`, a URL of its own per sample): ' +
  '`createClient({ src }).load(\'projects\')` (index.json, then projects.json, parsed and validated), ' +
  `\`queryProjects(items, { territory: '${QUERY.territory}', domain: '${QUERY.domain}' })\`, the first 12 as ` +
  '`<ll-project-card>` with `.project` in a 4-column grid, every `updateComplete`, layout, then the frame. A GC and a frame come before each sample.';
export const baseline =
  'The same 12 cards, hand-built plain DOM (checked equal to the cards’ shadow DOM, host attributes and heights before timing), from the ' +
  'collection’s JSON as `fetch(url).then(r => r.json())` gives it, with a plain `Array.filter` (visibility, stage, domain, the department’s ' +
  'communes, the department, its region or national): no index.json, no validation.';
/** No target was set for it: reported for information. */
export const target = {};

export async function run(context) {
  const { server } = context;
  const { index, text } = await bigProjectsFeed(COUNT);
  const bodies = { 'index.json': Buffer.from(projectsIndex(index)), 'projects.json': Buffer.from(text) };
  server.route('/first-render/', (req, res) => {
    const file = new URL(req.url, server.origin).pathname.split('/').pop();
    const body = bodies[file];
    if (!body) res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
    else res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(body);
  });
  let feeds = 0;
  /** A feed URL never asked for before: a new client, nothing cached anywhere. */
  const freshSrc = () => server.url(`/first-render/${++feeds}/feed/`);

  const moduleUrl = await context.bundle('test/bench/data/first-render-page.ts', 'first-render-page');
  const { page, assertNoErrors } = await context.openPage(moduleUrl, { name: 'first-render', css: CSS });
  try {
    const problems = await page.evaluate((srcs, q) => window.firstRenderBench.check(srcs, q), [freshSrc(), freshSrc()], QUERY);
    assertNoErrors();
    if (problems.length) {
      throw new Error(
        `the plain-DOM baseline no longer renders what <ll-project-card> renders (${problems.length} differences); ` +
          `update test/bench/data/plain-feed-card.ts:\n  ${problems.slice(0, 3).join('\n  ')}`,
      );
    }
    const sample = await context.cpuSampler(page);
    const one = async (kind) => {
      await page.evaluate(() => window.firstRenderBench.prepare());
      const s = await sample(() => page.evaluate((k, src, q) => window.firstRenderBench.run(k, src, q), kind, freshSrc(), QUERY));
      const { phases, ids, matched } = await page.evaluate(() => window.firstRenderBench.last());
      if (ids.length !== 12) throw new Error(`${kind}: ${ids.length} cards shown`);
      return { ...s, phases, matched };
    };
    const samples = await context.interleave({ a: () => one('card'), b: () => one('plain') });
    assertNoErrors();

    /** Median duration of each phase (phases are cumulative in the page). */
    const split = (side) => {
      const keys = Object.keys(samples[side][0].phases);
      return keys
        .map((key, i) => {
          const lengths = samples[side].map((s) => s.phases[key] - (i ? s.phases[keys[i - 1]] : 0));
          return `${key} ${median(lengths).toFixed(0)}`;
        })
        .join(', ');
    };
    const ms = (side, key) => median(samples[side].map((s) => s[key])).toFixed(0);
    return {
      labels: ['client + 12 cards', 'fetch + 12 plain'],
      unit: 'ms',
      metric: 'wall clock, until painted',
      ...compare(samples, 'wall'),
      secondary: [{ metric: 'main-thread CPU, start to painted', ...compare(samples, 'cpu') }],
      notes: [
        `The query matches ${samples.a[0].matched[0]} of the ${samples.a[0].matched[1]} listed projects; the first 12 are shown.`,
        `On this machine: ${ms('a', 'wall')} ms from start to painted with the library (median; ${ms('a', 'cpu')} ms of it main-thread CPU), ` +
          `${ms('b', 'wall')} ms for the baseline (${ms('b', 'cpu')} ms CPU).`,
        `Where the time goes (medians of each step, wall clock, ms): client + 12 cards: ${split('a')}; fetch + 12 plain: ${split('b')}.`,
        'Both marks are in the page: the end mark is set in a task after the frame that paints the cards, so the wall clock includes ' +
          'waiting for that frame (up to one 16.7 ms interval). Validation of the whole collection is the bulk of the difference: see Validation cost.',
      ],
    };
  } finally {
    await page.close();
  }
}
