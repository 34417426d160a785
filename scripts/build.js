// `npm run build`: every package's ESM and types, the elements' manifest, and the embed bundle.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build, bundleOptions, EMBED_ENTRY } from './bundle.js';

const bin = (name) => `node_modules/.bin/${name}`;
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

for (const pkg of ['tokens', 'data', 'elements']) {
  rmSync(`packages/${pkg}/dist`, { recursive: true, force: true });
  run(bin('tsc'), ['-p', `packages/${pkg}/tsconfig.build.json`]);
}
run(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.js']);

rmSync('packages/embed/dist', { recursive: true, force: true });
await build(
  bundleOptions([EMBED_ENTRY], {
    outdir: 'packages/embed/dist',
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
  }),
);
console.log('built: packages/{tokens,data,elements}/dist, packages/elements/custom-elements.json, packages/embed/dist/living-lab.js');
