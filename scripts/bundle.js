// One esbuild setup for everything we ship to browsers, shared by the build, the size budget and
// the benchmarks, so that what we measure is what partners load.
import * as esbuild from 'esbuild';

export const EMBED_ENTRY = 'packages/embed/src/living-lab.ts';

/** Production bundle options: minified, code-split ESM, our packages read from their sources. */
export function bundleOptions(entryPoints, extra = {}) {
  return {
    entryPoints,
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    target: 'es2022',
    conditions: ['source'],
    legalComments: 'none',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    ...extra,
  };
}

export function build(options) {
  return esbuild.build(options);
}
