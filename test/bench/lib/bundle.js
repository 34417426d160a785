// Bundles a bench page's browser entry with the production esbuild setup (scripts/bundle.js),
// so that what the benchmarks measure is what partners load: minified, Lit's production build,
// our packages read from their TypeScript sources. Output stays in memory and is served.
import { relative, resolve } from 'node:path';
import { build, bundleOptions } from '../../../scripts/bundle.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const OUT = resolve(ROOT, '.bench-out'); // never written: `write: false`

/** Bundles `entry` (a path from the repository root) and serves it; returns the module's URL. */
export async function bundlePage(server, entry, name) {
  const result = await build(
    bundleOptions([resolve(ROOT, entry)], {
      absWorkingDir: ROOT,
      outdir: OUT,
      entryNames: name,
      chunkNames: `${name}-[hash]`,
      write: false,
    }),
  );
  let url;
  for (const file of result.outputFiles) {
    const path = `/bundles/${relative(OUT, file.path)}`;
    const served = server.serve(path, Buffer.from(file.contents));
    if (path === `/bundles/${name}.js`) url = served;
  }
  return url;
}
