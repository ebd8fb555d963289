import vtpbf from 'vt-pbf';
import { EXTENT } from '../layers/layer-definition';
import { attributeNames, portableTileQuery } from '../sql/tile-sql';
import type { TileEncoder } from './tile-encoder';

type Position = number[];
interface TileGeometry { type: string; coordinates: unknown }
interface VtFeature { type: 1 | 2 | 3; geometry: unknown; tags: Record<string, unknown>; id?: number }

/** GeoJSON in tile coordinates → the feature shape vt-pbf writes (geojson-vt's tile format). */
export function toVtFeature(geometry: TileGeometry, tags: Record<string, unknown>, id?: number): VtFeature | undefined {
  const c = geometry.coordinates;
  switch (geometry.type) {
    case 'Point': return { type: 1, geometry: [c as Position], tags, id };
    case 'MultiPoint': return { type: 1, geometry: c as Position[], tags, id };
    case 'LineString': return { type: 2, geometry: [c as Position[]], tags, id };
    case 'MultiLineString': return { type: 2, geometry: c as Position[][], tags, id };
    case 'Polygon': return { type: 3, geometry: c as Position[][], tags, id };
    case 'MultiPolygon': return { type: 3, geometry: (c as Position[][][]).flat(), tags, id };
    default: return undefined;
  }
}

/** Clip and quantise in SQL, encode in Node: works on every PostGIS, PGlite's included. */
export const portableEncoder: TileEncoder = {
  name: 'portable',
  async encode(db, layer, tile, signal) {
    const { sql, params, clustered } = portableTileQuery(layer, tile);
    const rows = await db.query<Record<string, unknown> & { geojson: string; __id?: number }>(sql, params, { signal });
    if (rows.length === 0) return new Uint8Array(0);
    const names = attributeNames(layer, tile.z);
    const features: VtFeature[] = [];
    for (const row of rows) {
      const tags: Record<string, unknown> = {};
      for (const name of names) tags[name] = row[name];
      const id = !clustered && row.__id != null ? Number(row.__id) : undefined;
      const feature = toVtFeature(JSON.parse(row.geojson) as TileGeometry, tags, id);
      if (feature) features.push(feature);
    }
    if (features.length === 0) return new Uint8Array(0);
    return vtpbf.fromGeojsonVt({ [layer.id]: { features } } as never, { version: 2, extent: EXTENT });
  },
};
