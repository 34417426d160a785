// The bundle-size budget: fails `npm test` when any entry grows past its byte count.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { build, bundleOptions } from './bundle.js';

/** min+gzip bytes of an entry and of every chunk it imports statically. */
export async function measure(entry) {
  const result = await build(bundleOptions([entry], { write: false, metafile: true, outdir: 'size-out' }));
  const files = new Map(result.outputFiles.map((f) => [path.relative(process.cwd(), f.path), f.contents]));
  const outputs = result.metafile.outputs;
  const main = Object.keys(outputs).find((o) => outputs[o].entryPoint === entry);
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const dep of outputs[file].imports) if (dep.kind === 'import-statement') visit(dep.path);
  };
  visit(main);
  let bytes = 0;
  for (const file of seen) bytes += gzipSync(files.get(file), { level: 9 }).length;
  return { bytes, files: seen.size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { budgets } = JSON.parse(readFileSync('size-budget.json', 'utf8'));
  let failed = false;
  console.log('entry'.padEnd(58), 'min+gzip'.padStart(9), 'budget'.padStart(8));
  for (const { name, entry, max } of budgets) {
    const { bytes } = await measure(entry);
    const over = bytes > max;
    failed ||= over;
    console.log(name.padEnd(58), String(bytes).padStart(9), String(max).padStart(8), over ? '  OVER BUDGET' : '');
  }
  if (failed) {
    console.error('Bundle-size budget exceeded (size-budget.json).');
    process.exit(1);
  }
}
