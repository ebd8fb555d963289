// Natural Earth admin-0 countries as TopoJSON (world-atlas) → the GeoJSON of the basemap's four
// layers. Boundaries come from the topology (mesh keeps the arcs two countries share), so lines
// and fills use exactly the same vertices and coastlines are never drawn as borders.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { CHINA_ID, CHINA_SAR_IDS } from './basemap-constants';
import { normalizeLon, planarLines, planarPolygons } from './antimeridian';
import { countryNameZh } from './country-names';
import { labelPoint, largestPolygon, polygonAreaKm2 } from './label-point';

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

export type WorldAtlasFile = 'countries-50m.json' | 'countries-110m.json';

export function loadWorldAtlas(file: WorldAtlasFile): CountriesTopology {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as CountriesTopology;
}

const CHINA_SARS = new Set(CHINA_SAR_IDS);

type Props = Record<string, string | number | boolean>;
const collection = <G extends Geometry>(features: Feature<G, Props>[]): FeatureCollection<G, Props> =>
  ({ type: 'FeatureCollection', features });

/** world-atlas ids are zero-padded ISO 3166-1 numeric strings; a few disputed areas have none. */
const idOf = (geometry: GeometryObject) => (geometry.id === undefined ? undefined : String(geometry.id));

interface Country { iso?: string; name: string; nameZh?: string; geometry: MultiPolygon }

function countriesOf(topology: CountriesTopology): Country[] {
  return feature(topology, topology.objects.countries).features
    .filter((f): f is Feature<Polygon | MultiPolygon, { name: string }> =>
      f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon')
    .map((f) => {
      const iso = f.id === undefined ? undefined : String(f.id);
      return { iso, name: f.properties.name, nameZh: countryNameZh(iso), geometry: planarPolygons(f.geometry) };
    });
}

/** Only the attributes a country has: MVT has no null, and the style falls back with coalesce. */
function nameProps(country: Country): Props {
  const props: Props = { name: country.name };
  if (country.iso) props.iso = country.iso;
  if (country.nameZh) props.nameZh = country.nameZh;
  return props;
}

export function landLayer(topology: CountriesTopology): FeatureCollection<MultiPolygon, Props> {
  const land = feature(topology, topology.objects.land);
  return collection(land.features.flatMap((f): Feature<MultiPolygon, Props>[] =>
    (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'
      ? [{ type: 'Feature', properties: {}, geometry: planarPolygons(f.geometry) }]
      : [])));
}

export function countriesLayer(topology: CountriesTopology): FeatureCollection<MultiPolygon, Props> {
  return collection(countriesOf(topology).map((c) => ({ type: 'Feature', properties: nameProps(c), geometry: c.geometry })));
}

/** Three kinds of shared line: China's international border, its SAR boundaries, all others. */
export function boundariesLayer(topology: CountriesTopology): FeatureCollection<MultiLineString, Props> {
  const countries = topology.objects.countries;
  const isChinaPair = (a: GeometryObject, b: GeometryObject) => idOf(a) === CHINA_ID || idOf(b) === CHINA_ID;
  const isSarPair = (a: GeometryObject, b: GeometryObject) =>
    isChinaPair(a, b) && (CHINA_SARS.has(idOf(a) ?? '') || CHINA_SARS.has(idOf(b) ?? ''));
  const line = (filter: (a: GeometryObject, b: GeometryObject) => boolean, properties: Props): Feature<MultiLineString, Props> =>
    ({ type: 'Feature', properties, geometry: planarLines(mesh(topology, countries, (a, b) => a !== b && filter(a, b))) });
  return collection([
    line((a, b) => isChinaPair(a, b) && !isSarPair(a, b), { kind: 'country', china: true }),
    line(isSarPair, { kind: 'sar', china: false }),
    line((a, b) => !isChinaPair(a, b), { kind: 'country', china: false }),
  ].filter((f) => f.geometry.coordinates.length > 0));
}

/** One point per country inside its largest polygon; `rank` 1 is the largest country by area. */
export function countryLabelsLayer(topology: CountriesTopology): FeatureCollection<Point, Props> {
  const ranked = countriesOf(topology)
    .map((country) => ({
      country,
      areaKm2: country.geometry.coordinates.reduce((sum, polygon) => sum + polygonAreaKm2(polygon), 0),
    }))
    .sort((a, b) => b.areaKm2 - a.areaKm2);
  return collection(ranked.map(({ country }, i) => {
    const [lon, lat] = labelPoint(largestPolygon(country.geometry));
    const geometry: Point = { type: 'Point', coordinates: [normalizeLon(lon!), lat!] };
    return { type: 'Feature', properties: { ...nameProps(country), rank: i + 1 }, geometry };
  }));
}
