// Element, data and cross-package tests, in Debian's Chromium, served by a real HTTP server on
// 127.0.0.1 whose /faults/ routes can misbehave on purpose (see test/server/feed-server.js).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumPath, CHROMIUM_FLAGS } from './scripts/chromium.js';
import { feedServer } from './test/server/feed-server.js';
import { embedBundle } from './test/server/embed-bundle.js';
import { serverCommands } from './test/server/commands.js';

export default {
  rootDir: '.',
  hostname: '127.0.0.1',
  files: ['packages/*/test/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'test/*.test.ts', '!packages/*/test/**/*.node.test.*'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  // One page at a time: a page in a background tab gets no animation frames, and fixtures wait for one.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      // Test files run side by side in tabs of one browser: a tab in the background must keep its
      // timers and animation frames, or waits for a frame never end.
      launchOptions: {
        executablePath: chromiumPath(),
        headless: true,
        args: [...CHROMIUM_FLAGS, '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
      },
    }),
  ],
  middleware: [feedServer(), embedBundle()],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    ...serverCommands(),
  ],
};
