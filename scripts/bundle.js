// One esbuild setup for everything we ship to browsers, shared by the build, the size budget and
// the benchmarks, so that what we measure is what partners load.
import * as esbuild from 'esbuild';
import { minifyTemplates, writeFiles } from 'esbuild-minify-templates';

export const EMBED_ENTRY = 'packages/embed/src/living-lab.ts';

/**
 * Production bundle options: minified, code-split ESM, our packages read from their sources.
 * esbuild leaves the insides of `html` and `css` template literals alone; their indentation is a
 * good part of an element's bytes, and Lit clones and walks every whitespace node of a template,
 * so the template minifier collapses it. It works on output held in memory (`write: false`);
 * `writeFiles()` then writes it when the caller wants files.
 */
export function bundleOptions(entryPoints, extra = {}) {
  const { write = true, plugins = [], ...rest } = extra;
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
    ...rest,
    write: false,
    plugins: [...plugins, minifyTemplates({ taggedOnly: true }), ...(write ? [writeFiles()] : [])],
  };
}

export function build(options) {
  return esbuild.build(options);
}
