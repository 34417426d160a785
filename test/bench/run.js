// `npm run bench`: runs every test/bench/*.bench.js in one Chromium against one 127.0.0.1
// server, prints a table, and writes RESULTS.md and results-latest.json.
//
//   node test/bench/run.js [name-filter…]   only the benchmark files whose name contains a filter
//   BENCH_ROUNDS=5 node test/bench/run.js   fewer rounds, for a quick look (default 15)
//
// A benchmark is a module exporting { name, measures, baseline, target: { max }, run(context) };
// see README.md here. A MISS is reported, not fatal; a benchmark that cannot run is, since it
// means the harness or a baseline is broken.
import { arch, cpus, loadavg, release, totalmem, type } from 'node:os';
import { readdirSync } from 'node:fs';
import { launchBrowser, openPage } from './lib/browser.js';
import { bundlePage } from './lib/bundle.js';
import { cpuAndWall, cpuSampler } from './lib/cpu.js';
import { outcome, printTable, writeJson, writeMarkdown } from './lib/report.js';
import { interleave } from './lib/rounds.js';
import { startServer } from './lib/server.js';

const HERE = new URL('./', import.meta.url);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1);
/** A hung page must not hold the run: the whole suite has to stay within ~3 minutes. */
const BENCH_TIMEOUT_MS = 100_000;
const filters = process.argv.slice(2);
/** Only a complete run at the default settings may replace the committed record. */
const complete = !filters.length && !process.env.BENCH_ROUNDS && !process.env.BENCH_WARMUP;

function discover() {
  return readdirSync(HERE)
    .filter((f) => f.endsWith('.bench.js'))
    .filter((f) => !filters.length || filters.some((word) => f.includes(word)))
    .sort();
}

/** What every benchmark gets (README.md documents it). */
function makeContext(browser, server) {
  const bundles = new Map();
  return {
    browser,
    server,
    rounds: ROUNDS,
    warmup: WARMUP,
    bundle(entry, name) {
      if (!bundles.has(entry)) bundles.set(entry, bundlePage(server, entry, name));
      return bundles.get(entry);
    },
    openPage: (moduleUrl, options) => openPage(browser, server, moduleUrl, options),
    interleave: (options) => interleave({ rounds: ROUNDS, warmup: WARMUP, ...options }),
    cpuSampler,
    cpuAndWall,
    log: (...args) => console.log('   ', ...args),
  };
}

function withTimeout(promise, ms, what) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

async function runAll(files, context) {
  const results = [];
  for (const file of files) {
    const bench = await import(new URL(file, HERE).href);
    const started = Date.now();
    console.log(`▶ ${bench.name} (${file})`);
    try {
      results.push(outcome(bench, file, await withTimeout(bench.run(context), BENCH_TIMEOUT_MS, bench.name)));
    } catch (error) {
      results.push(outcome(bench, file, undefined, error));
    }
    console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return results;
}

async function machine(browser, loads) {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()} ${arch()}`,
    browser: (await browser.version()).replace(/^(Headless)?Chrome\//, 'Chromium '),
    node: process.version,
    loadAverage: { min: Math.min(...loads), max: Math.max(...loads) },
  };
}

async function main() {
  const files = discover();
  if (!files.length) throw new Error(`no benchmark file matches ${filters.join(', ')}`);
  const started = Date.now();
  // Other work on the machine widens the spread: the record says how busy it was.
  const loads = [loadavg()[0]];
  const sampleLoad = setInterval(() => loads.push(loadavg()[0]), 5000);
  const server = await startServer();
  let browser;
  try {
    browser = await launchBrowser();
    const results = await runAll(files, makeContext(browser, server));
    const run = {
      date: new Date().toISOString(),
      durationSeconds: Math.round((Date.now() - started) / 1000),
      rounds: ROUNDS,
      warmup: WARMUP,
      machine: await machine(browser, loads),
    };
    printTable(run, results);
    writeJson(new URL('results-latest.json', HERE), run, results);
    if (complete) writeMarkdown(new URL('RESULTS.md', HERE), run, results);
    console.log(`\nwrote test/bench/${complete ? 'RESULTS.md and ' : ''}results-latest.json${complete ? '' : ' (partial run: RESULTS.md left as it was)'}`);
    console.log(`total ${run.durationSeconds} s`);
    return results;
  } finally {
    clearInterval(sampleLoad);
    await browser?.close();
    await server.close();
  }
}

try {
  const results = await main();
  if (results.some((r) => r.status === 'ERROR')) process.exitCode = 1;
} catch (error) {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
}
