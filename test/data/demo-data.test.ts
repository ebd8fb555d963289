import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../../scripts/demo-data/generate-demo-data';
import { serializeDemoData } from '../../scripts/demo-data/write-demo-data';
import { DEMO_DIR } from '../../server/seed/demo-seed';

describe('the committed demo dataset', () => {
  it('is exactly what the generator makes from the seed in its manifest', () => {
    const manifest = JSON.parse(readFileSync(join(DEMO_DIR, 'manifest.json'), 'utf8')) as { seed: number };
    const generated = serializeDemoData(generateDemoData({ seed: manifest.seed }));
    expect(generated.size).toBeGreaterThanOrEqual(9);
    for (const [file, text] of generated) {
      expect(readFileSync(join(DEMO_DIR, file), 'utf8') === text, `${file} is stale: run npm run data:demo`).toBe(true);
    }
  });
});
