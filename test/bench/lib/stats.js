// Summaries of per-round ratios. Medians and quartiles rather than means: one round hit by a GC
// pause or a CPU hiccup on a shared 2-core machine must not move the verdict.

/** The q-quantile (0..1) of a list, by linear interpolation between the closest ranks. */
export function quantile(values, q) {
  const sorted = [...values].sort((x, y) => x - y);
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export const median = (values) => quantile(values, 0.5);

/** Median, interquartile range and extremes of a list of numbers. */
export function summarize(values) {
  return {
    median: median(values),
    q1: quantile(values, 0.25),
    q3: quantile(values, 0.75),
    min: Math.min(...values),
    max: Math.max(...values),
    n: values.length,
  };
}
