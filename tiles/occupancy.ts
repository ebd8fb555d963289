// Where a table has data, as a sparse quadtree of tiles: a tile whose buffered envelope meets no
// feature's bounding box is answered empty without a query. Three in four tiles a border map
// requests are empty, and each of them would otherwise cost a database round trip.
import type { TileDatabase } from './tile-database';

/**
 * The deepest level marks are kept at. A tile's buffer is judged to a quarter of its width at
 * z14 (whole tiles of this level); deeper tiles look at their ancestors here.
 */
export const OCCUPANCY_ZOOM = 16;
const HALF_WORLD = 20037508.342789244;

/** A feature's (or a group of features') bounding box as fractions of the Web Mercator world, y down. */
export interface WorldBox { x0: number; y0: number; x1: number; y1: number }

const keyOf = (x: number, y: number) => x * 2 ** OCCUPANCY_ZOOM + y;

export class Occupancy {
  // marks[L]: tiles at level L that may hold data anywhere in them. sub[L]: tiles at level L with a
  // mark at L or below — where descending can find one.
  readonly #marks = Array.from({ length: OCCUPANCY_ZOOM + 1 }, () => new Set<number>());
  readonly #sub = Array.from({ length: OCCUPANCY_ZOOM + 1 }, () => new Set<number>());

  constructor(boxes: Iterable<WorldBox>) {
    for (const box of boxes) this.#mark(box);
  }

  /** Marks at the deepest level where the box spans at most two tiles each way. */
  #mark(box: WorldBox) {
    const span = Math.max(box.x1 - box.x0, box.y1 - box.y0, 0);
    const level = span <= 0 ? OCCUPANCY_ZOOM : Math.max(0, Math.min(OCCUPANCY_ZOOM, Math.floor(-Math.log2(span))));
    const n = 2 ** level;
    const clamp = (v: number) => Math.min(n - 1, Math.max(0, Math.floor(v * n)));
    for (let x = clamp(box.x0); x <= clamp(box.x1); x++) {
      for (let y = clamp(box.y0); y <= clamp(box.y1); y++) {
        this.#marks[level]!.add(keyOf(x, y));
        for (let l = level, tx = x, ty = y; l >= 0 && !this.#sub[l]!.has(keyOf(tx, ty)); l--, tx >>= 1, ty >>= 1) {
          this.#sub[l]!.add(keyOf(tx, ty));
        }
      }
    }
  }

  /**
   * May tile z/x/y, grown by `margin` (a fraction of its width, as the tile query's buffered
   * envelope is), meet a marked box? False only when no feature can appear in the tile.
   */
  mayHaveData(z: number, x: number, y: number, margin: number): boolean {
    const size = 2 ** -z;
    const range = { x0: (x - margin) * size, y0: (y - margin) * size, x1: (x + 1 + margin) * size, y1: (y + 1 + margin) * size };
    const level = Math.min(z, OCCUPANCY_ZOOM);
    const n = 2 ** level;
    const first = (v: number) => Math.max(0, Math.floor(v * n));
    const last = (v: number) => Math.min(n - 1, Math.ceil(v * n) - 1);
    for (let tx = first(range.x0); tx <= last(range.x1); tx++) {
      for (let ty = first(range.y0); ty <= last(range.y1); ty++) {
        if (this.#markedAbove(level, tx, ty) || this.#probe(level, tx, ty, range)) return true;
      }
    }
    return false;
  }

  #markedAbove(level: number, x: number, y: number): boolean {
    for (let l = level - 1, tx = x >> 1, ty = y >> 1; l >= 0; l--, tx >>= 1, ty >>= 1) {
      if (this.#marks[l]!.has(keyOf(tx, ty))) return true;
    }
    return false;
  }

  #probe(level: number, x: number, y: number, range: WorldBox): boolean {
    const key = keyOf(x, y);
    if (this.#marks[level]!.has(key)) return true;
    if (!this.#sub[level]!.has(key)) return false;
    const size = 2 ** -level;
    const inside = x * size >= range.x0 && (x + 1) * size <= range.x1 && y * size >= range.y0 && (y + 1) * size <= range.y1;
    if (inside) return true; // some mark lies below, and all of this tile is wanted
    const child = size / 2;
    for (const [cx, cy] of [[2 * x, 2 * y], [2 * x + 1, 2 * y], [2 * x, 2 * y + 1], [2 * x + 1, 2 * y + 1]] as const) {
      const meets = cx * child < range.x1 && (cx + 1) * child > range.x0 && cy * child < range.y1 && (cy + 1) * child > range.y0;
      if (meets && this.#probe(level + 1, cx, cy, range)) return true;
    }
    return false;
  }

  /**
   * The boxes of a table's geometries, grouped in SQL by the span of deepest-level tiles they
   * cover (so a million points come back as at most one row per occupied tile). Lines are cut
   * into short straight pieces and polygons into pieces of at most 8 vertices first, whose boxes
   * hug the shape where a long line's box would claim a whole diagonal of empty tiles.
   * `table` comes from a layer definition (the allow-list), never from a request.
   */
  static async load(db: TileDatabase, table: string, geometryType: 'Point' | 'LineString' | 'Polygon'): Promise<Occupancy> {
    // Cut in WGS84, where the schema keeps every geometry valid (a reprojected polygon may not be).
    const geom = {
      Point: 'geom_3857',
      // Every straight piece of at most 500 m (a z15 tile) is its own box.
      LineString: '(st_dumpsegments(st_segmentize(geom_3857, 500))).geom',
      Polygon: 'st_transform(st_subdivide(geom, 8), 3857)',
    }[geometryType];
    const rows = await db.query<{ x0: number; y0: number; x1: number; y1: number }>(
      `select min(x0) as x0, min(y0) as y0, max(x1) as x1, max(y1) as y1 from (
         select (st_xmin(g) + $1::float8) / ($1::float8 * 2) as x0, ($1::float8 - st_ymax(g)) / ($1::float8 * 2) as y0,
                (st_xmax(g) + $1::float8) / ($1::float8 * 2) as x1, ($1::float8 - st_ymin(g)) / ($1::float8 * 2) as y1
         from (select ${geom} as g from ${table} where geom_3857 is not null) pieces) b
       group by floor(x0 * $2::float8), floor(y0 * $2::float8), floor(x1 * $2::float8), floor(y1 * $2::float8)`,
      [HALF_WORLD, 2 ** OCCUPANCY_ZOOM],
    );
    return new Occupancy(rows.map((r) => ({ x0: Number(r.x0), y0: Number(r.y0), x1: Number(r.x1), y1: Number(r.y1) })));
  }
}
