#!/usr/bin/env node
// The CLI is TypeScript compiled into ../dist; this shim only starts it, or says how to build it.
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  console.error('living-lab-feed: @living-lab/data is not built (dist/cli/main.js is missing): run npm run build');
  process.exit(1);
}
await import(main.href);
