import type { Queryable } from '../db/database';

const ALLOWED_TABLES = new Set(['admin_areas', 'border_lines', 'border_segments', 'checkpoints', 'duty_posts', 'demo_belts', 'responsibility_zones', 'party_branches']);
const WORLD = [-180, -85.0511, 180, 85.0511];

export type LayerBounds = (table: string, version: string) => Promise<number[]>;

/** A table's WGS84 extent, cached per data version (st_extent is a full scan). */
export function createLayerBounds(db: Queryable): LayerBounds {
  const cache = new Map<string, number[]>();
  return async (table, version) => {
    if (!ALLOWED_TABLES.has(table)) throw new Error(`no bounds for table ${table}`);
    const key = `${table}@${version}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const [row] = await db.query<{ xmin: number | null; ymin: number; xmax: number; ymax: number }>(
      `select st_xmin(e) as xmin, st_ymin(e) as ymin, st_xmax(e) as xmax, st_ymax(e) as ymax
       from (select st_extent(geom)::geometry as e from ${table}) s`);
    const bounds = row?.xmin == null ? WORLD : [row.xmin, row.ymin, row.xmax, row.ymax].map((v) => Math.round(v * 1e6) / 1e6);
    cache.set(key, bounds);
    return bounds;
  };
}
