import { BUFFER, EXTENT, type LayerDefinition } from '../layers/layer-definition';
import { SqlParams } from './sql-params';

export interface TileAddress { z: number; x: number; y: number }
export interface TileQuery { sql: string; params: unknown[]; clustered: boolean }

// Web Mercator's width in metres; one tile unit at zoom z is WORLD / 2^z / EXTENT.
const WORLD_METERS = 40075016.68557849;
export const unitMeters = (z: number) => WORLD_METERS / 2 ** z / EXTENT;

export const isClustered = (layer: LayerDefinition, z: number) => !!layer.cluster && z < layer.cluster.belowZoom;

/** The attribute names a tile of `layer` at `z` carries (the contract both encoders keep). */
export function attributeNames(layer: LayerDefinition, z: number): string[] {
  if (isClustered(layer, z)) return ['count', ...layer.cluster!.countBy.values, 'cluster'];
  return layer.attributes.filter((a) => (a.minZoom ?? 0) <= z).map((a) => a.name);
}

/**
 * The shared part of every tile query: the tile envelope (z/x/y bound), and the layer's rows
 * whose 3857 geometry meets the envelope plus its buffer, so the GiST index does the work.
 */
function sourceSql(layer: LayerDefinition, tile: TileAddress, p: SqlParams): { sql: string; clustered: boolean } {
  const z = p.bind(tile.z, 'int');
  const x = p.bind(tile.x, 'int');
  const y = p.bind(tile.y, 'int');
  const bounds = `bounds as (select st_tileenvelope(${z}, ${x}, ${y}) as env,
    st_tileenvelope(${z}, ${x}, ${y}, margin => ${BUFFER / EXTENT}) as env_m)`;
  const where = [`t.geom_3857 && b.env_m`, layer.whereAtZoom?.(tile.z)].filter(Boolean).join(' and ');
  if (isClustered(layer, tile.z)) {
    const cluster = layer.cluster!;
    // cellPixels are screen pixels of a 512 px tile, as map clients draw vector tiles.
    const cell = p.bind(unitMeters(tile.z) * cluster.cellPixels * (EXTENT / 512), 'float8');
    const counts = cluster.countBy.values
      .map((value) => `count(*) filter (where ${cluster.countBy.sql} = ${p.bind(value, 'text')})::int as "${value}"`)
      .join(', ');
    return {
      clustered: true,
      sql: `with ${bounds}, src as (
        select count(*)::int as "count", ${counts}, true as "cluster", st_centroid(st_collect(t.geom_3857)) as geom
        from ${layer.table} t, bounds b where ${where}
        group by floor((st_x(t.geom_3857) - st_xmin(b.env)) / ${cell}), floor((st_y(t.geom_3857) - st_ymin(b.env)) / ${cell}))`,
    };
  }
  const columns = layer.attributes
    .filter((a) => (a.minZoom ?? 0) <= tile.z)
    .map((a) => `${a.sql} as "${a.name}"`);
  if (layer.featureIdSql) columns.push(`${layer.featureIdSql} as "__id"`);
  const geom = layer.geometryType === 'Point'
    ? 't.geom_3857'
    : `st_simplify(t.geom_3857, ${p.bind(unitMeters(tile.z) * (layer.simplifyPixels ?? 0), 'float8')}, true)`;
  return {
    clustered: false,
    sql: `with ${bounds}, src as (select ${columns.join(', ')}, ${geom} as geom from ${layer.table} t, bounds b where ${where})`,
  };
}

const quoted = (names: string[]) => names.map((n) => `q."${n}"`).join(', ');

/** Native encoding: PostGIS builds the whole MVT (ST_AsMVT), one bytea row. */
export function nativeTileQuery(layer: LayerDefinition, tile: TileAddress): TileQuery {
  const p = new SqlParams();
  const source = sourceSql(layer, tile, p);
  const names = attributeNames(layer, tile.z);
  const hasId = !!layer.featureIdSql && !source.clustered;
  const sql = `${source.sql}
    select st_asmvt(q, ${p.bind(layer.id, 'text')}, ${EXTENT}, 'geom'${hasId ? `, '__id'` : ''}) as mvt from (
      select ${names.map((n) => `src."${n}"`).join(', ')}${hasId ? ', src."__id"' : ''},
             st_asmvtgeom(src.geom, b.env, ${EXTENT}, ${BUFFER}, true) as geom
      from src, bounds b) q
    where q.geom is not null`;
  return { sql, params: p.values, clustered: source.clustered };
}

const COLLECTION_TYPE = { Point: 1, LineString: 2, Polygon: 3 } as const;

/**
 * Portable encoding (PGlite has no ST_AsMVT): clip to the buffered envelope, move into tile
 * coordinates (y down), snap to the integer grid and, for polygons, orient exterior rings so that
 * their area is positive in tile space as MVT 2.1 requires. Node encodes the rows.
 */
export function portableTileQuery(layer: LayerDefinition, tile: TileAddress): TileQuery {
  const p = new SqlParams();
  const source = sourceSql(layer, tile, p);
  const names = attributeNames(layer, tile.z);
  const hasId = !!layer.featureIdSql && !source.clustered;
  const scale = `(${EXTENT} / (st_xmax(b.env) - st_xmin(b.env)))`;
  const toTile = `st_affine(st_clipbybox2d(src.geom, b.env_m), ${scale}, 0, 0, -${scale}, -st_xmin(b.env) * ${scale}, st_ymax(b.env) * ${scale})`;
  const snapped = `st_snaptogrid(${toTile}, 1)`;
  // Snapping can leave a polygon invalid; made valid it may become a collection with stray lines,
  // so extract the polygons first and orient them last (PostGIS 3.6 does not orient inside collections).
  const g = layer.geometryType === 'Polygon'
    ? `st_forcepolygonccw(st_collectionextract(st_makevalid(${snapped}), 3))`
    : `st_collectionextract(${snapped}, ${COLLECTION_TYPE[layer.geometryType]})`;
  const sql = `${source.sql}
    select ${quoted(names)}${hasId ? ', q."__id"' : ''}, st_asgeojson(q.g, 0) as geojson from (
      select src.*, ${g} as g from src, bounds b) q
    where q.g is not null and not st_isempty(q.g)`;
  return { sql, params: p.values, clustered: source.clustered };
}
