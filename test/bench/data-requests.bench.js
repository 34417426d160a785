// Collection requests: 20 cards of one page asking for the same feed at once must cost one
// request per document, and a second wave within the TTL none; a naive element would fetch the
// collection itself, 20 times. Counted by our server as requests arrive, never by wrapping fetch.
import { sampleFeed } from './data/feed.js';

const CARDS = 20;
/** Every response waits this long, so that the 20 requests of a wave are all in flight together. */
const DELAY_MS = 25;
/** After a wave, how long to wait for a late request (a background revalidation nobody awaits). */
const SETTLE_MS = 150;

export const name = 'Collection requests';
export const measures =
  `${CARDS} \`<ll-project-card project="…">\` appended at once, each for a different project of the sample feed (44 projects) and each with its own \`src\` ` +
  'spelling of the same feed (folder, folder/, folder/index.json, root-relative), as separate snippets on one page would; ' +
  `the requests our 127.0.0.1 server receives are counted per document until every card shows its project, plus ${SETTLE_MS} ms. ` +
  `Then a second wave of ${CARDS} new cards within the TTL. Every response is delayed ${DELAY_MS} ms and sent \`cache-control: no-store\`, ` +
  'so every request reaches the server and a wave’s requests overlap. Each round uses a feed URL of its own (a new client, an empty cache).';
export const baseline =
  `A naive fetch per element: ${CARDS} independent \`fetch(url).then(r => r.json())\` of the collection (projects.json) at once, then ${CARDS} more.`;
export const target = {
  max: 1 / CARDS,
  text: `exactly 1 (vs ${CARDS}), then 0`,
};

/** Text as the card shows it on a French page. */
const french = (text) => (typeof text === 'string' ? text : (text.fr ?? Object.values(text)[0]));

export async function run(context) {
  const { server } = context;
  const { index, projects } = await sampleFeed();
  const indexText = JSON.stringify(index);
  const projectsText = JSON.stringify(projects);
  const picked = projects.items.filter((p) => p.visibility === 'public').slice(0, CARDS);
  const ids = picked.map((p) => p.id);
  const names = picked.map((p) => french(p.name));

  // /requests/<round tag>/feed/<file>: every request counted under its tag and file.
  const counts = new Map();
  server.route('/requests/', (req, res) => {
    const [, , tag, , file] = new URL(req.url, server.origin).pathname.split('/');
    const key = `${tag} ${file}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const body = file === 'index.json' ? indexText : file === 'projects.json' ? projectsText : undefined;
    setTimeout(() => {
      if (body === undefined) res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end('Not Found');
      else res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(body);
    }, DELAY_MS);
  });
  /** The requests for `tag` so far, by document, then zeroed. */
  const take = (tag) => {
    const got = { index: 0, collection: 0, other: 0 };
    for (const [key, n] of counts) {
      const [t, file] = key.split(' ');
      if (t !== tag) continue;
      got[file === 'index.json' ? 'index' : file === 'projects.json' ? 'collection' : 'other'] += n;
      counts.delete(key);
    }
    return got;
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));

  const moduleUrl = await context.bundle('test/bench/data/requests-page.ts', 'requests-page');
  const { page, assertNoErrors } = await context.openPage(moduleUrl, { name: 'requests' });
  try {
    const cards = async (round) => {
      const tag = `cards-${round}`;
      const folder = server.url(`/requests/${tag}/feed`);
      const srcs = [`${folder}/`, folder, `${folder}/index.json`, new URL(folder).pathname + '/'];
      const waves = [];
      for (let wave = 0; wave < 2; wave++) {
        const problems = await page.evaluate((s, i, n) => window.requestsBench.cards(s, i, n), srcs, ids, names);
        if (problems.length) throw new Error(`cards (round ${round}, wave ${wave + 1}) do not show their projects:\n  ${problems.slice(0, 3).join('\n  ')}`);
        await settle();
        waves.push(take(tag));
      }
      await page.evaluate(() => window.requestsBench.reset());
      return waves;
    };
    const naive = async (round) => {
      const tag = `naive-${round}`;
      const url = server.url(`/requests/${tag}/feed/projects.json`);
      const waves = [];
      for (let wave = 0; wave < 2; wave++) {
        const lengths = await page.evaluate((u, n) => window.requestsBench.naive(u, n), url, CARDS);
        if (lengths.length !== CARDS || lengths.some((n) => n !== projects.items.length)) throw new Error(`naive fetches returned ${lengths.join(', ')} items`);
        await settle();
        waves.push(take(tag));
      }
      return waves;
    };
    const samples = await context.interleave({ a: cards, b: naive });
    assertNoErrors();

    const pick = (f) => ({ a: samples.a.map(f), b: samples.b.map(f) });
    const ratio = ({ a, b }) => ({ a, b, ratios: a.map((v, i) => v / b[i]) });
    const all = (waves) => waves.reduce((n, w) => n + w.index + w.collection + w.other, 0);
    const rounds = samples.a.length;
    const every = (f) => samples.a.filter((waves) => f(waves)).length;
    const check = (f, text) => {
      const n = every(f);
      return { ok: n === rounds, text: `${text}: ${n} of ${rounds} rounds` };
    };
    const list = (f, side) => samples[side].map(f).join(', ');
    return {
      labels: [`${CARDS} cards, one feed`, `${CARDS} × fetch()`],
      unit: 'requests',
      metric: 'collection requests, first wave',
      ...ratio(pick(([first]) => first.collection)),
      secondary: [
        { metric: 'collection requests, second wave within the TTL', ...ratio(pick(([, second]) => second.collection)) },
        { metric: 'all requests, both waves', ...ratio(pick(all)) },
      ],
      checks: [
        check(([first]) => first.collection === 1, 'first wave: exactly 1 request for projects.json'),
        check(([first]) => first.index === 1, 'first wave: exactly 1 request for index.json'),
        check(([first, second]) => first.other === 0 && second.other === 0, 'no request for any other document (the other collections are not needed)'),
        check(([, second]) => all([second]) === 0, 'second wave within the TTL: 0 requests'),
      ],
      notes: [
        `Per round, ours: index.json ${list(([f]) => f.index, 'a')}; projects.json ${list(([f]) => f.collection, 'a')}; ` +
          `second wave, all documents ${list(([, s]) => all([s]), 'a')}.`,
        `Per round, baseline: projects.json ${list(([f]) => f.collection, 'b')}; second wave ${list(([, s]) => s.collection, 'b')}.`,
        'Counts are exact, not timings: the verdict needs every check above in every round, not a median. ' +
          'With a cacheable response (`max-age`) Chromium’s HTTP cache would spare the naive baseline some requests; ' +
          '`no-store` isolates what the feed client itself saves.',
      ],
    };
  } finally {
    await page.close();
  }
}
