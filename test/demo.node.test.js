// The demo as `npm start` serves it: Vite's dev server on 127.0.0.1 (in this process, closed by
// the test), the sample feed built from demo/content, and Debian's Chromium looking at the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { chromiumPath, CHROMIUM_FLAGS } from '../scripts/chromium.js';

let server;
let browser;
let origin;

before(async () => {
  server = await createServer({ configFile: 'vite.config.ts', server: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error' });
  await server.listen();
  const address = server.httpServer.address();
  origin = `http://127.0.0.1:${address.port}`;
  browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Text of the first element matching `selector` inside each card's shadow root. */
const cardTexts = (page, selector) =>
  page.$$eval('ll-project-card', (cards, sel) => cards.map((c) => c.shadowRoot?.querySelector(sel)?.textContent?.trim() ?? null), selector);

test('the partner page shows the sample feed’s projects, in French then in English', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(`${origin}/`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => [...document.querySelectorAll('ll-project-card')].every((c) => c.getAttribute('state') === 'ready'), { timeout: 15000 });

  const names = await cardTexts(page, '[part=name]');
  assert.equal(names.length, 4);
  assert.equal(names[0], 'Lirensemble');
  assert.ok(names.every((n) => n && n.length > 3), `every card has a name: ${names}`);
  assert.match((await cardTexts(page, '[part=link]'))[0], /Voir le projet/);

  await page.click('#lang-toggle');
  await page.waitForFunction(() => document.querySelector('ll-project-card')?.shadowRoot?.querySelector('[part=link]')?.textContent?.includes('Visit'));
  assert.deepEqual(errors, []);
  assert.equal(await page.evaluate(() => document.cookie), '');
  await page.close();
});
