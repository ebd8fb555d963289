// Natural Earth 1:50m admin-0 countries, as TopoJSON from the world-atlas package. Shared borders
// come from topology (mesh keeps only arcs between the two countries), so border lines and the
// country polygons use exactly the same vertices.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { LonLat } from './geodesy';

export type CountriesTopology = Topology<{ countries: GeometryCollection }>;

export const NATURAL_EARTH_SOURCE = 'world-atlas/countries-50m.json';

export function loadCountriesTopology(): CountriesTopology {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve(NATURAL_EARTH_SOURCE), 'utf8')) as CountriesTopology;
}

/** ISO 3166-1 numeric ids, as world-atlas stores them (strings). */
const idOf = (geometry: GeometryObject) => String(geometry.id);

/** The pieces of the border shared by two countries, as mesh returns them. */
export function sharedBorderParts(topology: CountriesTopology, isoA: string, isoB: string): LonLat[][] {
  const border = mesh(topology, topology.objects.countries, (a, b) =>
    (idOf(a) === isoA && idOf(b) === isoB) || (idOf(a) === isoB && idOf(b) === isoA));
  return border.coordinates.map((line) => line.map((p) => [p[0]!, p[1]!] as LonLat));
}

export function countryGeometry(topology: CountriesTopology, iso: string): Polygon | MultiPolygon {
  const collection = feature(topology, topology.objects.countries);
  const found = collection.features.find((f: Feature) => String(f.id) === iso);
  if (!found || (found.geometry.type !== 'Polygon' && found.geometry.type !== 'MultiPolygon')) {
    throw new Error(`country ${iso} not found in ${NATURAL_EARTH_SOURCE}`);
  }
  return found.geometry;
}
