// Element, data and cross-package tests, in Debian's Chromium, served by a real HTTP server on
// 127.0.0.1 whose /faults/ routes can misbehave on purpose (see test/server/feed-server.js).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumPath, CHROMIUM_FLAGS } from './scripts/chromium.js';
import { feedServer } from './test/server/feed-server.js';
import { serverCommands } from './test/server/commands.js';

export default {
  rootDir: '.',
  hostname: '127.0.0.1',
  files: ['packages/*/test/**/*.test.ts', 'packages/*/src/**/*.test.ts', 'test/*.test.ts', '!packages/*/test/**/*.node.test.*'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS },
    }),
  ],
  middleware: [feedServer()],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    ...serverCommands(),
  ],
};
