/// <reference types="node" />
/** The command line: parses arguments, runs a command, prints its report, returns the exit code. */
import { buildFeed } from './build.js';
import { checkFeed } from './check.js';

const USAGE = `Usage:
  living-lab-feed build <content-dir> --out <dir> [--today YYYY-MM-DD]
      Validates a content folder (lab.yaml; projects/, organizations/, talent/, events/ with one
      .yaml, .yml or .json file per item) and writes a static feed into <dir>.
  living-lab-feed check <url-or-dir>
      Loads a published feed (a folder, or an http(s) URL of the folder or of its index.json)
      and reports everything a reader would drop.
Exit code: 0 when all is well, 1 on any problem, 2 on wrong usage.`;

export interface Output {
  log(line: string): void;
  error(line: string): void;
}

function parseArgs(args: readonly string[]) {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg == '--help' || arg == '-h') options.help = 'yes';
    else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      const value = inline ?? args[++i];
      if (value === undefined) throw new Error(`--${name} needs a value`);
      options[name] = value;
    } else positional.push(arg);
  }
  return { positional, options };
}

export async function run(args: readonly string[], out: Output = console): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(args);
  } catch (e) {
    out.error(`living-lab-feed: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { positional: [command, target, ...extra], options } = parsed;
  if (options.help) return out.log(USAGE), 0;
  const usage = (why: string) => (out.error(`living-lab-feed: ${why}\n\n${USAGE}`), 2);
  if (!target || extra.length) return usage(command ? `${command} takes one folder or URL` : 'no command');

  if (command == 'build') {
    const { out: outDir, today, ...unknown } = options;
    if (Object.keys(unknown).length) return usage(`unknown option --${Object.keys(unknown)[0]}`);
    if (!outDir) return usage('build needs --out <dir>');
    if (today !== undefined && !(/^\d{4}-\d\d-\d\d$/.test(today) && !isNaN(Date.parse(today)))) {
      return usage(`--today ${today} is not a date like 2025-05-20`);
    }
    const result = buildFeed({ contentDir: target, outDir, ...(today && { today }) });
    for (const line of result.notes) out.error(`warning: ${line}`);
    for (const line of result.problems) out.error(line);
    (result.problems.length ? out.error : out.log)(result.summary);
    return result.problems.length ? 1 : 0;
  }
  if (command == 'check') {
    if (Object.keys(options).length) return usage(`unknown option --${Object.keys(options)[0]}`);
    const result = await checkFeed(target);
    for (const line of result.problems) out.error(line);
    (result.problems.length ? out.error : out.log)(result.summary);
    return result.problems.length ? 1 : 0;
  }
  return usage(`unknown command ${command}`);
}
