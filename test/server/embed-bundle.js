// Serves the production embed bundle (the same esbuild setup as `npm run build`) under
// /__embed__/, built in memory on first request, so embedding tests exercise what partners load
// without depending on a prior build step.
import path from 'node:path';
import { build, bundleOptions, EMBED_ENTRY } from '../../scripts/bundle.js';

const OUT = path.resolve('.embed-test-out');

export function embedBundle() {
  let files;
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__embed__/')) return next();
    files ??= build(bundleOptions([EMBED_ENTRY], { write: false, outdir: OUT, entryNames: '[name]', chunkNames: 'chunks/[name]-[hash]' })).then(
      (result) => new Map(result.outputFiles.map((f) => [`/__embed__/${path.relative(OUT, f.path)}`, f.text])),
    );
    const text = (await files).get(ctx.path);
    if (text === undefined) return next();
    ctx.type = 'text/javascript';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = text;
  };
}
