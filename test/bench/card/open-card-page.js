// Opens the card bench page, after proving that the baseline still renders what the card
// renders: a baseline that drifted from the card would make every ratio meaningless.

// Four equal columns, as a partner's project grid; rows start-aligned so each card's height is
// its own and the equivalence check can compare heights. The update benchmark keeps the card
// grid and the plain one side by side, both in view, so that both sides repaint the same.
const CSS =
  '#stage{display:flex;gap:32px;align-items:flex-start;padding:16px}' +
  '.grid{flex:none;width:1248px;display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:16px;align-items:start}';
const VIEWPORT = { width: 2600, height: 800 };

export async function openCardPage(context) {
  const moduleUrl = await context.bundle('test/bench/card/page.ts', 'card-page');
  const { page, assertNoErrors } = await context.openPage(moduleUrl, { name: 'card', css: CSS, viewport: VIEWPORT });
  try {
    const problems = await page.evaluate(() => window.cardBench.check());
    assertNoErrors();
    if (problems.length) {
      throw new Error(
        `the plain-DOM baseline no longer renders what <ll-project-card> renders ` +
          `(${problems.length} differences); update test/bench/card/plain-card.ts:\n  ${problems.slice(0, 3).join('\n  ')}`,
      );
    }
  } catch (error) {
    await page.close();
    throw error;
  }
  return { page, assertNoErrors, sample: await context.cpuSampler(page) };
}
