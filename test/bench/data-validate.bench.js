// Validation cost: what checking a 5,000-project collection adds to merely parsing it, in the
// browser, as the feed client does it for every collection it loads.
import { bigProjectsFeed } from './data/feed.js';
import { median } from './lib/stats.js';

const COUNT = 5000;

export const name = 'Validation cost';
export const measures =
  `\`validateCollection('projects', JSON.parse(text), url)\` on a ${COUNT.toLocaleString('en')}-project collection document held as JSON text ` +
  '(the sample feed’s 44 projects varied into unique ids and names, written as the feed builder writes it: about 14 MB, two-space indented), ' +
  'parse included, in the browser with the production bundle. Each sample follows a GC and a frame.';
export const baseline = '`JSON.parse(text)` alone on the same text, in the same page.';
export const target = { max: 2 };

export async function run(context) {
  const { server } = context;
  const { text } = await bigProjectsFeed(COUNT);
  const url = server.serve(`/validate/projects.json`, text);
  const moduleUrl = await context.bundle('test/bench/data/validate-page.ts', 'validate-page');
  const { page, assertNoErrors } = await context.openPage(moduleUrl, { name: 'validate' });
  try {
    const size = await page.evaluate((u) => window.validateBench.load(u), url);
    const checked = await page.evaluate(() => window.validateBench.check());
    assertNoErrors();
    // 1 in 211 items is private (left out); the bad fields are dropped, their items kept.
    const privates = Array.from({ length: COUNT }, (_, i) => i % 211 === 7).filter(Boolean).length;
    if (checked.raw !== COUNT || checked.items !== COUNT - privates || !checked.warnings) {
      throw new Error(`validation kept ${checked.items} of ${checked.raw} items with ${checked.warnings} warnings; expected ${COUNT - privates} of ${COUNT}, with warnings`);
    }
    const sample = await context.cpuSampler(page);
    const one = async (kind) => {
      await page.evaluate(() => window.validateBench.prepare());
      return sample(() => page.evaluate((k) => window.validateBench.run(k), kind));
    };
    const samples = await context.interleave({ a: () => one('validate'), b: () => one('parse') });
    assertNoErrors();
    const result = context.cpuAndWall(samples, ['parse + validate', 'parse alone']);
    const med = (side, key) => median(samples[side].map((s) => s[key]));
    // The frame after the end mark is in "until painted" but holds nothing here: only the marks matter.
    result.secondary = result.secondary.filter((m) => m.metric === 'wall clock');
    result.notes = [
      `Document: ${(size / 1e6).toFixed(1)} million characters, ${COUNT} items; validation keeps ${checked.items} ` +
        `(${COUNT - checked.items} private left out) and reports ${checked.warnings} dropped fields: ` +
        `${Object.entries(checked.dropped).map(([kind, n]) => `${n} × ${kind}`).join('; ')}.`,
      `Validation alone (median CPU of parse + validate minus median of parse alone): ` +
        `${(med('a', 'cpu') - med('b', 'cpu')).toFixed(0)} ms, ${((med('a', 'cpu') - med('b', 'cpu')) / COUNT * 1000).toFixed(1)} µs a project.`,
      'Where the time goes, by function: `node test/bench/data/profile-validate.js`.',
    ];
    return result;
  } finally {
    await page.close();
  }
}
