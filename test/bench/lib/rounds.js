// Interleaved A/B rounds. Running the candidate and its baseline back to back, in alternating
// order (AB, BA, AB…), spreads slow drifts of the machine (thermal, other processes, JIT tiers)
// evenly over both, so each round's ratio compares like with like.

/**
 * Runs `warmup` discarded rounds, then `rounds` measured ones. `a` and `b` are async functions
 * of the round number returning one sample each: a number, or an object of numbers (see
 * `compare`). Returns the samples of the measured rounds.
 */
export async function interleave({ rounds, warmup = 1, a, b }) {
  const samples = { a: [], b: [] };
  for (let round = 0; round < warmup + rounds; round++) {
    let sa;
    let sb;
    if (round % 2 === 0) {
      sa = await a(round);
      sb = await b(round);
    } else {
      sb = await b(round);
      sa = await a(round);
    }
    if (round < warmup) continue;
    samples.a.push(sa);
    samples.b.push(sb);
  }
  return samples;
}

/** One measure out of interleaved samples (`key` of each, or the samples themselves) and A÷B per round. */
export function compare(samples, key) {
  const pick = (s) => (key === undefined ? s : s[key]);
  const a = samples.a.map(pick);
  const b = samples.b.map(pick);
  return { a, b, ratios: a.map((value, i) => value / b[i]) };
}
