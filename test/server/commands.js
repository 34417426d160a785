// Server-side commands the browser tests can call with executeServerCommand().
import { readdir, readFile, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const inside = (root, path) => {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

async function walk(dir, ext, root) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path, ext, root)));
    // A symlinked file is read only when its target lies in the repository too.
    else if (entry.name.endsWith(ext) && inside(root, await realpath(path))) found.push(path);
  }
  return found;
}

/** The real path of `path` (relative to the repository root), undefined when missing; throws outside the repository. */
async function resolveInRepo(path, command) {
  if (typeof path !== 'string') throw new Error(`${command} needs a path relative to the repository`);
  const root = await realpath(repoRoot);
  const requested = join(root, path);
  if (!inside(root, requested)) throw new Error(`${command}: ${path} is outside the repository`);
  let real;
  try {
    real = await realpath(requested);
  } catch (error) {
    if (error.code === 'ENOENT') return { root, real: undefined };
    throw error;
  }
  if (!inside(root, real)) throw new Error(`${command}: ${path} is outside the repository`);
  return { root, real };
}

/** `path-exists` { path }: { exists }. */
async function pathExists(payload) {
  const { real } = await resolveInRepo(payload?.path, 'path-exists');
  return { exists: real !== undefined };
}

/**
 * `list-sources` { dir, ext }: the files under `dir` (relative to the repository root) whose
 * names end with `ext`, as [{ path, text }] with repository-relative paths, sorted; [] when
 * `dir` does not exist. Browsers cannot list files, and token tests need to read element sources.
 */
async function listSources(payload) {
  const { dir, ext } = payload ?? {};
  if (typeof ext !== 'string' || ext === '') throw new Error('list-sources needs { dir: string, ext: string }');
  const { root, real } = await resolveInRepo(dir, 'list-sources');
  if (real === undefined) return [];
  const files = (await walk(real, ext, root)).sort();
  return Promise.all(
    files.map(async (file) => ({ path: relative(root, file).split(sep).join('/'), text: await readFile(file, 'utf8') })),
  );
}

// One DevTools session per test page while forced colours are on, closed when they are turned off.
const forcedColorsSessions = new Map();

/**
 * `emulate-forced-colors` { active: boolean }: Windows-contrast-like forced colours, which the
 * runner's own emulateMedia() cannot ask Chromium for through Puppeteer.
 */
async function emulateForcedColors(payload, session) {
  if (session.browser.type !== 'puppeteer') throw new Error('emulate-forced-colors needs the Chrome (Puppeteer) launcher');
  let cdp = forcedColorsSessions.get(session.id);
  if (!cdp) {
    cdp = await session.browser.getPage(session.id).createCDPSession();
    forcedColorsSessions.set(session.id, cdp);
  }
  const active = payload?.active === true;
  await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: active ? 'active' : 'none' }] });
  if (!active) {
    forcedColorsSessions.delete(session.id);
    await cdp.detach();
  }
  return true;
}

const commands = { 'list-sources': listSources, 'path-exists': pathExists, 'emulate-forced-colors': emulateForcedColors };

export function serverCommands() {
  return [
    {
      name: 'living-lab-server-commands',
      async executeCommand({ command, payload, session }) {
        const run = commands[command];
        // undefined lets the runner ask the next plugin.
        return run ? run(payload, session) : undefined;
      },
    },
  ];
}
