// npm run data:demo [-- --out data/demo] [-- --seed 20261123] — writes the synthetic demo dataset
// (GeoJSON + manifest.json). The same seed always gives byte-identical files.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateDemoData } from './demo-data/generate-demo-data';
import { writeDemoData } from './demo-data/write-demo-data';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'data/demo' }, seed: { type: 'string', default: String(DEFAULT_SEED) } },
});
const log = (message: string) => process.stderr.write(`${message}\n`);
const seed = Number(values.seed);
if (!Number.isSafeInteger(seed) || seed < 0) {
  log(`--seed must be a non-negative integer, got "${values.seed}"`);
  process.exit(2);
}

const started = performance.now();
const outDir = resolve(values.out);
log(`Generating the demo dataset (seed ${seed}) into ${outDir}`);
const dataset = generateDemoData({ seed, log });
for (const [file, bytes] of writeDemoData(dataset, outDir)) {
  const count = file in dataset.manifest.counts ? ` ${dataset.manifest.counts[file as keyof typeof dataset.manifest.counts]} features,` : '';
  log(`  wrote ${file}:${count} ${(bytes / 1024).toFixed(0)} KiB`);
}
log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
