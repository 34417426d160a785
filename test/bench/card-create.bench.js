// Card create: what a partner's grid of 1,000 project cards costs to appear, against the same
// DOM written by hand.
import { openCardPage } from './card/open-card-page.js';

export const name = 'Card create';
export const measures =
  'Create 1,000 `<ll-project-card>` with varied projects set as `.project` (no logo, so no network), ' +
  'append each to a 4-column grid, await every `updateComplete`, then force layout (`offsetHeight`). ' +
  'Each sample starts from an empty page after a GC and a frame.';
export const baseline =
  'Hand-written plain DOM producing the same shadow DOM (checked for all 1,000 cards before timing), ' +
  'the card’s own CSSStyleSheets adopted into each shadow root, `createElement`/`setAttribute`/text nodes, ' +
  'one cached `Intl.NumberFormat`.';
export const target = { max: 1.35 };

export async function run(context) {
  const { page, sample, assertNoErrors } = await openCardPage(context);
  try {
    const one = async (kind) => {
      await page.evaluate(() => window.cardBench.prepareCreate());
      return sample(() => page.evaluate((k) => window.cardBench.create(k), kind));
    };
    const samples = await context.interleave({ a: () => one('card'), b: () => one('plain') });
    assertNoErrors();
    return context.cpuAndWall(samples, ['card', 'plain DOM']);
  } finally {
    await page.close();
  }
}
