// Card update: the cost of one changed field on 1,000 rendered cards, against setting the text
// node directly (the least work any update can do).
import { openCardPage } from './card/open-card-page.js';

export const name = 'Card update';
export const measures =
  'On 1,000 rendered cards, change every tagline (`card.project = { ...p, tagline }`), ' +
  'await every `updateComplete`, then force layout. The cards are created once, untimed, and changed again every round; ' +
  'a GC and a frame come before each sample.';
export const baseline =
  '1,000 plain-DOM cards (as in Card create) in their own grid on the same page: ' +
  'assign each tagline text node’s `data`, then force layout.';
export const target = { max: 1.35 };

export async function run(context) {
  const { page, sample, assertNoErrors } = await openCardPage(context);
  try {
    await page.evaluate(() => window.cardBench.prepareUpdate());
    const one = async (kind, round) => {
      await page.evaluate((r) => window.cardBench.prepareRound(r), round);
      return sample(() => page.evaluate((k) => window.cardBench.update(k), kind));
    };
    const samples = await context.interleave({ a: (round) => one('card', round), b: (round) => one('plain', round) });
    if (!(await page.evaluate(() => window.cardBench.updated()))) throw new Error('the cards do not show the new taglines');
    assertNoErrors();
    return context.cpuAndWall(samples, ['card', 'plain DOM']);
  } finally {
    await page.close();
  }
}
