// Main-thread CPU time of the measured work in a page. On a shared 2-core machine the wall
// clock mostly measures who else was running (85–250 ms for the same 72 ms of work); the main
// thread's own CPU time barely moves. The main thread is what a user waits on: script, style
// and layout all run there.
//
// The page brackets the measured work with performance.mark('ll-bench-start') and
// performance.mark('ll-bench-end'). Chromium's trace records each mark with the thread's CPU
// clock (`tts`), so the CPU between them is exact: no protocol round trip, no frame that
// happened to land inside the window. Around the whole call, DevTools' Performance metrics
// give the CPU until the next frame is painted, split into style and layout.
import { compare } from './rounds.js';
import { median } from './stats.js';

export const START_MARK = 'll-bench-start';
export const END_MARK = 'll-bench-end';

/**
 * Returns `sample(run)`: calls `run()`, which must do the bracketed work and then wait for the
 * next frame, and resolves to `{ cpu, wall, painted, style, layout }` in ms: `cpu` and `wall`
 * between the marks, the others from the call's start until it returned.
 */
export async function cpuSampler(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const metrics = async () => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    const value = (name) => list.find((m) => m.name === name).value * 1000;
    // ScriptDuration is left out: it misses script run from DevTools' evaluate and its microtasks.
    return { painted: value('ThreadTime'), style: value('RecalcStyleDuration'), layout: value('LayoutDuration') };
  };
  return async function sample(run) {
    await page.tracing.start({ categories: ['blink.user_timing'] });
    const before = await metrics();
    await run();
    const after = await metrics();
    const { traceEvents } = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
    const mark = (name) => {
      const found = traceEvents.filter((e) => e.name === name && e.cat === 'blink.user_timing');
      if (found.length !== 1 || found[0].tts === undefined) throw new Error(`expected one "${name}" mark with a thread time, found ${found.length}`);
      return found[0];
    };
    const [start, end] = [mark(START_MARK), mark(END_MARK)];
    return {
      cpu: (end.tts - start.tts) / 1000,
      wall: (end.ts - start.ts) / 1000,
      ...Object.fromEntries(Object.keys(before).map((key) => [key, after[key] - before[key]])),
    };
  };
}

/**
 * A benchmark result from `cpuSampler` samples: main-thread CPU between the marks decides the
 * verdict; CPU until painted and wall-clock time are reported beside it, with a note on where
 * the time went.
 */
export function cpuAndWall(samples, labels) {
  const split = (side) => {
    const m = (key) => median(samples[side].map((s) => s[key]));
    const [painted, style, layout] = ['painted', 'style', 'layout'].map(m);
    return `style ${style.toFixed(0)}, layout ${layout.toFixed(0)}, the rest (script, paint, GC) ${(painted - style - layout).toFixed(0)}`;
  };
  return {
    labels,
    unit: 'ms',
    metric: 'main-thread CPU',
    ...compare(samples, 'cpu'),
    secondary: [
      { metric: 'main-thread CPU, until painted', ...compare(samples, 'painted') },
      { metric: 'wall clock', ...compare(samples, 'wall') },
    ],
    notes: [`Main-thread CPU until painted, by kind (medians, ms): ${labels[0]}: ${split('a')}; ${labels[1]}: ${split('b')}.`],
  };
}
