// One Chromium for the whole run (Debian's: browsers cannot be downloaded here), and bench
// pages served from our 127.0.0.1 server.
import puppeteer from 'puppeteer-core';
import { chromiumPath, CHROMIUM_FLAGS } from '../../../scripts/chromium.js';

export function launchBrowser() {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    // --expose-gc: pages collect garbage between samples, so one sample's garbage is never
    // collected inside the next one's timing.
    args: [...CHROMIUM_FLAGS, '--js-flags=--expose-gc'],
  });
}

/**
 * Opens a page that runs `moduleUrl` in a French document with a `#stage` to render into, and
 * fails loudly if the page throws or logs an error, since a broken page measures nothing.
 */
export async function openPage(browser, server, moduleUrl, { name = 'bench', css = '', viewport = { width: 1280, height: 800 } } = {}) {
  const html = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title><style>body{margin:0;font-family:system-ui}${css}</style></head>
<body><main id="stage"></main><script type="module" src="${moduleUrl}"></script></body>
</html>`;
  const pageUrl = server.serve(`/pages/${name}.html`, html);
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  await page.setViewport(viewport);
  await page.goto(pageUrl, { waitUntil: 'load' });
  // Background tabs get no animation frames, and bench pages wait for frames.
  await page.bringToFront();
  const hasGc = await page.evaluate(() => typeof globalThis.gc === 'function');
  if (!hasGc) throw new Error('window.gc is missing: Chromium ignored --js-flags=--expose-gc');
  return {
    page,
    /** Throws if the page reported an error since it opened. */
    assertNoErrors() {
      if (errors.length) throw new Error(`${name} page errors:\n  ${errors.join('\n  ')}`);
    },
  };
}
