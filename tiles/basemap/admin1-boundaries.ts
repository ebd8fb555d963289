// First-level (province, state) boundary lines. world-atlas has no admin-1 layer, so
// scripts/data-admin1-boundaries.ts derives them once from Natural Earth 1:10m Admin 1 into
// data/basemap/ (lines shared by two units of one country, simplified to the basemap's detail).
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, MultiLineString } from 'geojson';
import { planarLines } from './antimeridian';

export type Admin1Source = FeatureCollection<MultiLineString, { adm0: string }>;
type Props = Record<string, string | number | boolean>;

export const ADMIN1_FILE = new URL('../../data/basemap/admin1-boundaries.geojson', import.meta.url);

/** Natural Earth's `adm0_a3` for China. */
const CHINA_A3 = 'CHN';
/**
 * Natural Earth splits Hong Kong and Macao into districts and Taiwan into counties; for China
 * these are second-level units (the SARs and Taiwan province are first-level as a whole), so they
 * get no lines here.
 */
const SECOND_LEVEL_A3 = new Set(['HKG', 'MAC', 'TWN']);

export function loadAdmin1Boundaries(file: URL | string = ADMIN1_FILE): Admin1Source {
  return JSON.parse(readFileSync(file, 'utf8')) as Admin1Source;
}

/** One feature per country: `adm0` (ISO 3166-1 alpha-3 as Natural Earth writes it) and `china`. */
export function admin1Layer(source: Admin1Source): FeatureCollection<MultiLineString, Props> {
  const features = source.features
    .filter((f) => !SECOND_LEVEL_A3.has(f.properties.adm0))
    .map((f): Feature<MultiLineString, Props> => ({
      type: 'Feature',
      properties: { adm0: f.properties.adm0, china: f.properties.adm0 === CHINA_A3 },
      geometry: planarLines(f.geometry),
    }));
  return { type: 'FeatureCollection', features };
}
