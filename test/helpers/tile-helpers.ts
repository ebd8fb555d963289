import { VectorTile } from '@mapbox/vector-tile';
import Pbf from 'pbf';

export function lonLatToTile(lon: number, lat: number, z: number): { z: number; x: number; y: number } {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  const x = Math.floor(((lon + 180) / 360) * n);
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return { z, x: Math.min(n - 1, Math.max(0, x)), y: Math.min(n - 1, Math.max(0, y)) };
}

export interface DecodedFeature { type: number; properties: Record<string, unknown>; id?: number; rings: Array<Array<{ x: number; y: number }>> }

/** Decodes MVT bytes into plain layers → features, as a map client would read them. */
export function decodeTile(bytes: Uint8Array): Record<string, { extent: number; version: number; features: DecodedFeature[] }> {
  // A copy: pbf reads through a DataView of the whole ArrayBuffer, ignoring a Buffer's byteOffset.
  const tile = new VectorTile(new Pbf(new Uint8Array(bytes)));
  const out: Record<string, { extent: number; version: number; features: DecodedFeature[] }> = {};
  for (const [name, layer] of Object.entries(tile.layers)) {
    const features: DecodedFeature[] = [];
    for (let i = 0; i < layer.length; i++) {
      const f = layer.feature(i);
      features.push({ type: f.type, properties: { ...f.properties }, id: f.id, rings: f.loadGeometry() });
    }
    out[name] = { extent: layer.extent, version: layer.version, features };
  }
  return out;
}

/** Twice the signed area of a ring in tile coordinates (y down); MVT exterior rings are positive. */
export function ringArea(ring: Array<{ x: number; y: number }>): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]!.x * ring[i]!.y) - (ring[i]!.x * ring[j]!.y);
  return sum;
}

export const GEOMETRY_CODES = { Point: 1, LineString: 2, Polygon: 3 } as const;
