import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FILES, MANIFEST_FILE } from './demo-files';
import { DEFAULT_SEED, generateDemoData } from './generate-demo-data';
import { writeDemoData } from './write-demo-data';

/** sha256 over every file of a directory, names included, in name order. */
function hashDir(dir: string): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort()) hash.update(file).update('\0').update(readFileSync(join(dir, file)));
  return hash.digest('hex');
}

describe('demo data generation is deterministic', () => {
  const dirs: Record<'first' | 'again' | 'otherSeed', string> = { first: '', again: '', otherSeed: '' };

  beforeAll(() => {
    for (const [key, seed] of [['first', DEFAULT_SEED], ['again', DEFAULT_SEED], ['otherSeed', DEFAULT_SEED + 1]] as const) {
      dirs[key] = mkdtempSync(join(tmpdir(), 'corridor-demo-'));
      writeDemoData(generateDemoData({ seed }), dirs[key]);
    }
  }, 120_000);
  afterAll(() => {
    for (const dir of Object.values(dirs)) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes every file of the dataset', () => {
    expect(readdirSync(dirs.first).sort()).toEqual([...DEMO_FILES, MANIFEST_FILE].sort());
  });

  it('gives byte-identical files for the same seed', () => {
    expect(hashDir(dirs.again)).toBe(hashDir(dirs.first));
  });

  it('gives different files for a different seed, but the same real border lines', () => {
    expect(hashDir(dirs.otherSeed)).not.toBe(hashDir(dirs.first));
    const lines = (dir: string) => readFileSync(join(dir, 'border-lines.geojson'), 'utf8');
    expect(lines(dirs.otherSeed)).toBe(lines(dirs.first));
  });

  it('records the seed in the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(dirs.otherSeed, MANIFEST_FILE), 'utf8')) as { seed: number; synthetic: boolean };
    expect(manifest).toMatchObject({ seed: DEFAULT_SEED + 1, synthetic: true });
  });
});
