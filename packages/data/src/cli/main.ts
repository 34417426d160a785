/// <reference types="node" />
import { run } from './run.js';

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (e) {
  // A bug or an unreadable folder, not a feed problem: say it in one line, with the stack for a report.
  console.error(`living-lab-feed: ${(e as Error).message}`);
  if (process.env.DEBUG) console.error(e);
  process.exitCode = 1;
}
