import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain JS module shared with the other test runners
import { chromiumPath, CHROMIUM_FLAGS } from './scripts/chromium.js';

const dirname = fileURLToPath(new URL('.', import.meta.url));

// Every story runs as a test in Debian's Chromium: it renders, its play function passes, and
// axe finds no violation.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: `${dirname}.storybook` })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_FLAGS },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
