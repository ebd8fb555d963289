import { VectorTile } from '@mapbox/vector-tile';
import Pbf from 'pbf';
import { encodePointTile, type TilePoint, type TileValue } from './mvt-writer';

// The checkpoint cells of one tile, as the browser shows them: cells closer than 48 px merged, and
// each drawn by the one tile its centre is in. deck.gl did this when it drew the cells (merging in
// its sub-layers, clipping each tile by anchor); MapLibre draws them now, so the cell tiles pass
// through here on their way in (cells-protocol.ts).

/** A point of a tile in tile-local coordinates (0..1 across the tile, y down), as deck.gl's MVT loader gave them. */
export interface LocalPoint { x: number; y: number; properties: Record<string, TileValue | undefined> }

const COUNT_KEYS = ['count', 'staffed', 'unstaffed', 'alert', 'closed'] as const;

/** The smallest distance between two drawn cells, as a fraction of a 512-pixel tile. */
export const CELL_TILE_FRACTION = 48 / 512;

const isCell = (p: LocalPoint['properties']) => p.cluster === true;
const countOf = (p: LocalPoint['properties'], key: string) => (typeof p[key] === 'number' ? (p[key] as number) : 0);

/**
 * Merges the cells of one tile that fall in the same 48-pixel square, summing their counts, at
 * their count-weighted centre. The tile engine's 48-pixel grid starts at the tile's bottom edge
 * and holds centroids, so two of its cells can still lie a few pixels apart.
 */
export function regroupCells(points: readonly LocalPoint[], cell = CELL_TILE_FRACTION): LocalPoint[] {
  const out: LocalPoint[] = [];
  const groups = new Map<string, { x: number; y: number; weight: number; counts: Record<(typeof COUNT_KEYS)[number], number> }>();
  for (const point of points) {
    if (!isCell(point.properties)) {
      out.push(point);
      continue;
    }
    const key = `${Math.floor(point.x / cell)},${Math.floor(point.y / cell)}`;
    const g = groups.get(key) ?? { x: 0, y: 0, weight: 0, counts: { count: 0, staffed: 0, unstaffed: 0, alert: 0, closed: 0 } };
    const n = Math.max(1, countOf(point.properties, 'count'));
    g.x += point.x * n;
    g.y += point.y * n;
    g.weight += n;
    for (const k of COUNT_KEYS) g.counts[k] += countOf(point.properties, k);
    groups.set(key, g);
  }
  for (const g of groups.values()) out.push({ x: g.x / g.weight, y: g.y / g.weight, properties: { cluster: true, ...g.counts } });
  return out;
}

/** Whether a point is drawn by this tile: its anchor is inside it, not in the buffer it shares with a neighbour. */
export const insideTile = (p: LocalPoint) => p.x >= 0 && p.y >= 0 && p.x < 1 && p.y < 1;

/** Decodes an MVT, regroups the cells of each point layer, keeps what is anchored in the tile, encodes it again. */
export function regroupCellTile(bytes: Uint8Array): Uint8Array {
  if (bytes.byteLength === 0) return bytes;
  const tile = new VectorTile(new Pbf(bytes));
  const layers = Object.values(tile.layers).map((layer) => {
    const points: LocalPoint[] = [];
    for (let i = 0; i < layer.length; i++) {
      const feature = layer.feature(i);
      if (feature.type !== 1) continue;
      for (const ring of feature.loadGeometry()) {
        for (const p of ring) points.push({ x: p.x / layer.extent, y: p.y / layer.extent, properties: feature.properties });
      }
    }
    const kept = regroupCells(points).filter(insideTile);
    return {
      name: layer.name, extent: layer.extent,
      points: kept.map((p): TilePoint => ({ x: p.x * layer.extent, y: p.y * layer.extent, properties: p.properties })),
    };
  });
  return encodePointTile(layers);
}
