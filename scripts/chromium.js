// Finds the Chromium this machine has: CHROME_PATH first, then the usual places.
// Browsers cannot be downloaded here, so we never fall back to a tool's own download.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

export function chromiumPath() {
  const found = [process.env.CHROME_PATH, ...CANDIDATES].find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found: set CHROME_PATH or run `apt-get install -y chromium chromium-driver` (bash .ci/run does).',
    );
  }
  return found;
}

/** Flags proven on these machines: root needs --no-sandbox; the rest keeps Chromium off the network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
