// Where validation's time goes: `node test/bench/data/profile-validate.js` profiles
// `validateCollection('projects', JSON.parse(text))` on the Validation cost benchmark's
// 5,000-project document in Chromium and prints the functions with the most self time. The page
// is bundled like the benchmark's but not minified, so that functions keep their names and each
// line can be traced to its source file (esbuild heads each module's code with its path).
// The sampling profiler slows everything down a little: read the shares, not the milliseconds.
import { relative, resolve } from 'node:path';
import { build, bundleOptions } from '../../../scripts/bundle.js';
import { launchBrowser, openPage } from '../lib/browser.js';
import { startServer } from '../lib/server.js';
import { bigProjectsFeed } from './feed.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const RUNS = 10;
const TOP = Number(process.argv[2] ?? 25);

const server = await startServer();
const browser = await launchBrowser();
try {
  const { text } = await bigProjectsFeed(5000);
  const url = server.serve('/profile/projects.json', text);
  const out = resolve(ROOT, '.bench-out');
  const { outputFiles } = await build(
    bundleOptions([resolve(ROOT, 'test/bench/data/validate-page.ts')], { absWorkingDir: ROOT, outdir: out, entryNames: 'profile', write: false, minify: false }),
  );
  let moduleUrl;
  const sources = new Map();
  for (const file of outputFiles) {
    const served = server.serve(`/bundles/${relative(out, file.path)}`, Buffer.from(file.contents));
    sources.set(served, file.text.split('\n'));
    if (served.endsWith('/profile.js')) moduleUrl = served;
  }
  /** The source file a bundle line came from: the nearest `// path` module header above it. */
  const origin = (url, line) => {
    const lines = sources.get(url);
    for (let i = line; lines && i >= 0; i--) {
      const header = /^\/\/ ((?:packages|node_modules|test)\/\S+)$/.exec(lines[i]);
      if (header) return header[1].replace(/^packages\//, '');
    }
    return '';
  };

  const { page } = await openPage(browser, server, moduleUrl, { name: 'profile' });
  await page.evaluate((u) => window.validateBench.load(u), url);
  for (let i = 0; i < 3; i++) await page.evaluate(() => window.validateBench.run('validate'));
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < RUNS; i++) {
    await page.evaluate(() => window.validateBench.prepare());
    await page.evaluate(() => window.validateBench.run('validate'));
  }
  const { profile } = await cdp.send('Profiler.stop');

  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    if (['(idle)', '(program)', '(root)'].includes(functionName)) return;
    const where = url ? `${origin(url, lineNumber)} (bundle line ${lineNumber + 1})` : '';
    const code = url ? (sources.get(url)?.[lineNumber] ?? '').trim().slice(0, 70) : '';
    const key = `${functionName || '(anonymous)'}\t${where}\t${code}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`parse + validate, ${RUNS} runs: ${(total / RUNS).toFixed(0)} ms a run under the profiler (JSON.parse is inside "run")\n`);
  console.log('self ms/run  share  function  source file (bundle line)  code');
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    const [fn, where, code] = key.split('\t');
    console.log(`${(ms / RUNS).toFixed(1).padStart(11)}  ${((ms / total) * 100).toFixed(0).padStart(4)}%  ${fn}  ${where}  ${code}`);
  }
} finally {
  await browser.close();
  await server.close();
}
