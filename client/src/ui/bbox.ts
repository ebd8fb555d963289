import type { Bbox } from '../state/domain';

const MAX_LAT = 85.05112878; // Web Mercator's limit: the map cannot show beyond it.

/** Keeps a map extent inside the world (a wide screen at low zoom reports longitudes past ±180). */
export function clampBbox([minLon, minLat, maxLon, maxLat]: Bbox): Bbox {
  const clamp = (value: number, limit: number) => Math.max(-limit, Math.min(limit, value));
  return [clamp(minLon, 180), clamp(minLat, MAX_LAT), clamp(maxLon, 180), clamp(maxLat, MAX_LAT)];
}

/**
 * Grows a bbox to at least `minSpanDeg` each way around its centre, so that flying to a point
 * (a checkpoint's bbox has no extent) stops at a useful zoom instead of the deepest one.
 */
export function padBbox([minLon, minLat, maxLon, maxLat]: Bbox, minSpanDeg = 0.05): Bbox {
  const grow = (lo: number, hi: number): [number, number] => {
    const missing = minSpanDeg - (hi - lo);
    return missing > 0 ? [lo - missing / 2, hi + missing / 2] : [lo, hi];
  };
  const [west, east] = grow(minLon, maxLon);
  const [south, north] = grow(minLat, maxLat);
  return clampBbox([west, south, east, north]);
}

/** The bbox of a GeoJSON point geometry from the API, or null for anything else. */
export function pointBbox(geometry: { type: string; coordinates: unknown[] }): Bbox | null {
  const [lon, lat] = geometry.coordinates;
  if (geometry.type !== 'Point' || typeof lon !== 'number' || typeof lat !== 'number') return null;
  return [lon, lat, lon, lat];
}

/** The API's bbox (a 4-number array in its schema) as a Bbox tuple. */
export function toBbox(values: readonly number[]): Bbox {
  const [minLon = 0, minLat = 0, maxLon = 0, maxLat = 0] = values;
  return [minLon, minLat, maxLon, maxLat];
}
