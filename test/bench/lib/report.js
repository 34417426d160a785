// Turns benchmark outcomes into the console table, RESULTS.md (committed, linked from the
// README) and results-latest.json (git-ignored, for tools).
import { writeFileSync } from 'node:fs';
import { summarize } from './stats.js';

const x = (n) => `${n.toFixed(2)}×`;
const range = (lo, hi) => `${lo.toFixed(2)}–${hi.toFixed(2)}×`;
/** `12.3 ms`, `20 requests`, `1 request`. */
const amount = (n, unit = '') =>
  unit === 'ms' ? `${n.toFixed(1)} ms` : `${+n.toFixed(2)} ${n === 1 && unit.endsWith('s') ? unit.slice(0, -1) : unit}`.trim();
/** A benchmark may word its own target (`text`); one without `max` is reported for information. */
const hasTarget = (target) => typeof target?.max === 'number';
const targetText = (target) => target?.text ?? (hasTarget(target) ? `≤ ${x(target.max)}` : 'none');
const load = ({ min, max }) => `${min.toFixed(1)}–${max.toFixed(1)}`;

/** More runnable work than cores: our samples shared the CPU with someone else's. */
export const busy = (run) => run.machine.loadAverage.max > run.machine.cores;

/** A measure's samples summarised: both sides and the per-round ratios. */
const measure = ({ metric, a, b, ratios }) => ({ metric, a: summarize(a), b: summarize(b), ratio: summarize(ratios), ratios });

/**
 * One benchmark's outcome: PASS or MISS on the median ratio of its primary measure, or ERROR
 * with the reason; INFO when the benchmark has no target (`target.max` absent). A result may
 * add `checks` (`{ ok, text }[]`): conditions that must hold in every round, as exact counts
 * must; any one failing makes the outcome a MISS whatever the ratio.
 */
export function outcome(bench, file, result, error) {
  const base = { file, name: bench.name, measures: bench.measures, baseline: bench.baseline, target: bench.target };
  if (error) return { ...base, status: 'ERROR', error: String(error?.stack ?? error) };
  const primary = measure({ metric: result.metric ?? 'time', ...result });
  const checks = result.checks ?? [];
  const max = bench.target?.max;
  const status = !hasTarget(bench.target) ? 'INFO' : primary.ratio.median <= max && checks.every((c) => c.ok) ? 'PASS' : 'MISS';
  return {
    ...base,
    status,
    // The verdict rests on the median; a target inside the IQR means the next run may flip it.
    // Not so for exact checks, nor without a target.
    close: status !== 'INFO' && !checks.length && primary.ratio.q1 <= max && max <= primary.ratio.q3,
    checks,
    unit: result.unit,
    labels: result.labels ?? ['candidate', 'baseline'],
    primary,
    secondary: (result.secondary ?? []).map(measure),
    notes: result.notes ?? [],
  };
}

const verdict = (r) =>
  (r.status === 'MISS' ? '✖ MISS' : r.status === 'INFO' ? '(for information)' : r.status) + (r.close ? ' (target inside IQR)' : '');

export function printTable(run, results) {
  const rows = [['benchmark', 'measure', 'median', 'IQR', 'min–max', 'target', 'result']];
  for (const r of results) {
    if (r.status === 'ERROR') {
      rows.push([r.name, '—', '—', '—', '—', targetText(r.target), 'ERROR']);
      continue;
    }
    for (const [i, m] of [r.primary, ...r.secondary].entries()) {
      const [name, target, result] = i === 0 ? [r.name, targetText(r.target), verdict(r)] : ['', '', '(for information)'];
      rows.push([name, m.metric, x(m.ratio.median), range(m.ratio.q1, m.ratio.q3), range(m.ratio.min, m.ratio.max), target, result]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  console.log('');
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd());
  if (busy(run)) {
    console.log(`\nThe machine was busy (load ${load(run.machine.loadAverage)} on ${run.machine.cores} cores): wall-clock spreads are wide.`);
  }
  for (const r of results.filter((r) => r.checks?.some((c) => !c.ok))) {
    console.log(`\n✖ ${r.name}: ${r.checks.filter((c) => !c.ok).map((c) => c.text).join('; ')}`);
  }
  for (const r of results.filter((r) => r.status === 'ERROR')) console.error(`\n✖ ${r.name} failed:\n${r.error}`);
}

export function writeJson(path, run, results) {
  writeFileSync(path, `${JSON.stringify({ ...run, results }, null, 2)}\n`);
}

function describe(r) {
  const lines = [
    `## ${r.name}`,
    '',
    `Source: \`test/bench/${r.file}\``,
    '',
    `- **Measures:** ${r.measures}`,
    `- **Baseline:** ${r.baseline}`,
    !hasTarget(r.target)
      ? '- **Target:** none; reported for information'
      : r.target.text
        ? `- **Target:** ${r.target.text} (median ratio of ${r.status === 'ERROR' ? 'its primary measure' : r.primary.metric} ≤ ${x(r.target.max)})`
        : `- **Target:** median ratio of ${r.status === 'ERROR' ? 'its primary measure' : r.primary.metric} ${targetText(r.target)}`,
  ];
  if (r.status === 'ERROR') return [...lines, '- **Result: ERROR**, the benchmark did not complete:', '', '```', r.error, '```', ''];
  const [la, lb] = r.labels;
  const result = r.status === 'INFO' ? 'for information' : r.status === 'PASS' ? 'PASS' : 'MISS ✖';
  lines.push(`- **Result: ${result}**${r.close ? ' (the target is inside the IQR: close)' : ''}`);
  for (const c of r.checks ?? []) lines.push(`- ${c.ok ? '✔' : '✖'} ${c.text}`);
  for (const [i, m] of [r.primary, ...r.secondary].entries()) {
    lines.push(
      `- ${m.metric}${i === 0 ? '' : ' (for information)'}: median ratio ${x(m.ratio.median)}, IQR ${range(m.ratio.q1, m.ratio.q3)}, ` +
        `min–max ${range(m.ratio.min, m.ratio.max)}; medians ${la} ${amount(m.a.median, r.unit)}, ${lb} ${amount(m.b.median, r.unit)}`,
      `  - per-round ratios: ${m.ratios.map((v) => v.toFixed(2)).join(', ')}`,
    );
  }
  return [...lines, ...r.notes.map((n) => `- ${n}`), ''];
}

export function writeMarkdown(path, run, results) {
  const met = results.filter((r) => r.status === 'PASS').length;
  const targeted = results.filter((r) => hasTarget(r.target)).length;
  const failing = results.filter((r) => hasTarget(r.target) && r.status !== 'PASS').map((r) => `${r.name} (${r.status})`);
  const info = results.filter((r) => !hasTarget(r.target)).map((r) => `${r.name}${r.status === 'ERROR' ? ' (ERROR)' : ''}`);
  const m = run.machine;
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (test/bench/run.js) on ${run.date}. Do not edit by hand: run it again.`,
    '',
    `**${met} of ${targeted} targets met.**${failing.length ? ` Not met: ${failing.join(', ')}.` : ''}` +
      (info.length ? ` Without a target, for information: ${info.join(', ')}.` : ''),
    '',
    `- Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, ${m.os}; 1-minute load average during the run ${load(m.loadAverage)}` +
      (busy(run) ? ' (**busy**: other work shared the cores, so wall-clock spreads are wide)' : ''),
    `- Browser: ${m.browser}, headless, one instance for every benchmark`,
    `- Node: ${m.node}`,
    `- Method: ${run.rounds} measured rounds after ${run.warmup} discarded warm-up round${run.warmup === 1 ? '' : 's'}. In each round the candidate (A) and ` +
      'its baseline (B) run back to back, in alternating order (AB, BA, …); the ratio is A ÷ B per round, lower is better. ' +
      'The verdict compares the median ratio of the primary measure with the target; the spread is the interquartile range (IQR) ' +
      'and the extremes of the per-round ratios. Page work is measured as the renderer main thread’s CPU time between two ' +
      '`performance.mark`s around the work (their thread timestamps in a Chromium trace), which other processes on the machine ' +
      'barely disturb. Shown beside it for information: the main thread’s CPU until the next frame is painted ' +
      '(DevTools `Performance.getMetrics` `ThreadTime`) and the wall-clock time between the marks. ' +
      'Requests are counted by the 127.0.0.1 server as they arrive, not by wrapping `fetch`; a count benchmark also states ' +
      'conditions that must hold in every round (✔/✖). A benchmark without a target is reported for information.',
    '',
    '| Benchmark | Measure | Median ratio | IQR | Min–max | Target | Result |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    if (r.status === 'ERROR') {
      lines.push(`| ${r.name} | — | — | — | — | ${targetText(r.target)} | **ERROR** |`);
      continue;
    }
    for (const [i, m] of [r.primary, ...r.secondary].entries()) {
      const result =
        i > 0 || r.status === 'INFO' ? 'for information' : r.status === 'PASS' ? `PASS${r.close ? ' (close)' : ''}` : `**MISS ✖**${r.close ? ' (close)' : ''}`;
      lines.push(`| ${i === 0 ? r.name : ''} | ${m.metric} | ${x(m.ratio.median)} | ${range(m.ratio.q1, m.ratio.q3)} | ${range(m.ratio.min, m.ratio.max)} | ${i === 0 ? targetText(r.target) : ''} | ${result} |`);
    }
  }
  lines.push('');
  for (const r of results) lines.push(...describe(r));
  writeFileSync(path, lines.join('\n'));
}
