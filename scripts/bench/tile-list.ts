import type { Database } from '../../server/db/database';
import { ALL_LAYERS } from '../../tiles/layers/layer-registry';

export interface TileRequest { layer: string; z: number; x: number; y: number; path: string }

// mulberry32: a fixed seed gives the same viewports on every run, so runs compare.
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const tileOf = (lon: number, lat: number, z: number) => {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  return [Math.floor(((lon + 180) / 360) * n), Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n)] as const;
};

/**
 * Simulated viewports of a 1920×1080 wall screen: centred on random checkpoints (where people
 * look), zooms 4–14, every layer visible at that zoom. Returns the distinct tiles they request.
 */
export async function simulatedTiles(db: Database, viewports: number, seed = 7): Promise<TileRequest[]> {
  const centres = await db.query<{ lon: number; lat: number }>('select st_x(geom) as lon, st_y(geom) as lat from checkpoints order by code');
  const next = random(seed);
  const seen = new Map<string, TileRequest>();
  for (let v = 0; v < viewports; v++) {
    const centre = centres[Math.floor(next() * centres.length)]!;
    const z = 4 + Math.floor(next() * 11);
    const [cx, cy] = tileOf(centre.lon, centre.lat, z);
    const n = 2 ** z;
    for (let dx = -4; dx <= 3; dx++) {
      for (let dy = -2; dy <= 2; dy++) {
        const x = cx + dx;
        const y = cy + dy;
        if (x < 0 || y < 0 || x >= n || y >= n) continue;
        for (const layer of ALL_LAYERS) {
          if (z < layer.minZoom || z > layer.maxZoom) continue;
          const path = `/tiles/${layer.id}/${z}/${x}/${y}.mvt`;
          if (!seen.has(path)) seen.set(path, { layer: layer.id, z, x, y, path });
        }
      }
    }
  }
  return [...seen.values()];
}
