// manifest.json: what was generated, from which seed and sources, how many features per file, and
// the deliberate coverage defects that tests of the coverage analysis can check against.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BorderLine } from './border-lines';
import { DEMO_FILES, type DemoFile } from './demo-files';
import type { DemoCollection } from './feature-collections';
import { roundTo } from './geodesy';
import { NATURAL_EARTH_SOURCE } from './natural-earth';
import type { CoverageDefect } from './zone-defects';

/** Bump when the same seed would produce different output. */
export const GENERATOR_VERSION = '1.0.0';

export interface DemoManifest {
  generator: { name: string; version: string };
  seed: number;
  synthetic: true;
  counts: Record<DemoFile, number>;
  borderLines: { id: string; region: string; lengthKm: number }[];
  sources: { name: string; source: string; license: string; usedFor: string }[];
  notes: string[];
  defects: CoverageDefect[];
}

function worldAtlasVersion(): string {
  const require = createRequire(import.meta.url);
  const pkg = JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

export function buildManifest(input: {
  seed: number; collections: Record<DemoFile, DemoCollection>; lines: readonly BorderLine[]; defects: CoverageDefect[];
}): DemoManifest {
  const counts = Object.fromEntries(DEMO_FILES.map((f) => [f, input.collections[f].features.length])) as Record<DemoFile, number>;
  return {
    generator: { name: 'corridor-demo-data', version: GENERATOR_VERSION },
    seed: input.seed,
    synthetic: true,
    counts,
    borderLines: input.lines.map((l) => ({ id: l.id, region: l.region, lengthKm: roundTo(l.lengthKm, 3) })),
    sources: [
      {
        name: 'Natural Earth 1:50m Admin 0 – Countries',
        source: `world-atlas@${worldAtlasVersion()} ${NATURAL_EARTH_SOURCE}`,
        license: 'Public domain (Natural Earth); world-atlas packaging ISC',
        usedFor: 'border lines (geometry as published, clipped to the demo regions) and the national side',
      },
      {
        name: 'Administrative division names and codes (GB/T 2260)',
        source: 'public administrative division lists',
        license: 'facts (names and codes)',
        usedFor: 'names and codes of provinces, prefectures and counties, and their order along the border',
      },
    ],
    notes: [
      'Everything except the border line geometry and the province, prefecture and county names is synthetic.',
      'Admin-area geometries are strips along the border, not real boundaries; townships and villages are invented.',
      'Chiefs, phones, units and members are fictitious; ports are placed near real ports only approximately.',
    ],
    defects: input.defects,
  };
}
