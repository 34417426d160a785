// Regenerates schema/feed-v1.schema.json from the validator's shapes (src/validate/shapes.ts).
// Run after changing the feed contract: `node packages/data/scripts/write-schema.js`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

const { outputFiles } = await esbuild.build({
  entryPoints: [here('../src/validate/json-schema.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  conditions: ['source'],
});
const { feedSchemaText } = await import('data:text/javascript;base64,' + Buffer.from(outputFiles[0].text).toString('base64'));
const out = here('../schema/feed-v1.schema.json');
writeFileSync(out, feedSchemaText());
console.log(`wrote ${out}`);
