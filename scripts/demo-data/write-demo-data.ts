// Serialises a dataset: one feature per line (diffs stay readable, files stay compact) and a
// pretty-printed manifest. Serialisation is a pure function so tests can hash it without disk.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_FILES, MANIFEST_FILE } from './demo-files';
import type { DemoCollection } from './feature-collections';
import type { DemoDataset } from './generate-demo-data';

export function serializeCollection(collection: DemoCollection): string {
  const { features, ...header } = collection;
  const head = JSON.stringify(header).slice(0, -1);
  return `${head},"features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

/** File name → contents, in the order written. */
export function serializeDemoData(dataset: DemoDataset): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of DEMO_FILES) files.set(file, serializeCollection(dataset.collections[file]));
  files.set(MANIFEST_FILE, `${JSON.stringify(dataset.manifest, null, 2)}\n`);
  return files;
}

/** Writes every file and returns their sizes in bytes. */
export function writeDemoData(dataset: DemoDataset, outDir: string): Map<string, number> {
  mkdirSync(outDir, { recursive: true });
  const sizes = new Map<string, number>();
  for (const [file, text] of serializeDemoData(dataset)) {
    writeFileSync(join(outDir, file), text);
    sizes.set(file, Buffer.byteLength(text));
  }
  return sizes;
}
