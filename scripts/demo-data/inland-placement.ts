// Puts a point a given distance into the national side of a border line. "Left" of the line is
// China by construction, but at sharp bends a left offset can land across the border or in the
// next county, so every candidate is checked against the area it must fall in.
import type { BorderLine } from './border-lines';
import { offsetLeftKm, roundLonLat, type LonLat } from './geodesy';
import type { Areal } from './geojson-geometry';
import { pointInPolygon } from './point-in-polygon';
import type { Random } from './seeded-random';

export interface InlandPlacement {
  km: number;
  offsetKm: number;
  point: LonLat;
  /** True when no candidate fell inside the area and the nearest-to-line one was kept. */
  fallback: boolean;
}

export interface PlacementRequest {
  line: BorderLine;
  /** Where along the line the point may go. */
  fromKm: number;
  toKm: number;
  /** First choice of km; random within the span when absent. */
  preferKm?: number;
  offsetKm: [min: number, max: number];
  inside: Areal;
}

export function placeInland(random: Random, request: PlacementRequest): InlandPlacement {
  const { line, fromKm, toKm, inside } = request;
  const [minOffset, maxOffset] = request.offsetKm;
  const attempt = (km: number, offsetKm: number): InlandPlacement | null => {
    const point = roundLonLat(offsetLeftKm(line.coordinates, km, offsetKm, line.cumKm));
    return pointInPolygon(point, inside) ? { km, offsetKm, point, fallback: false } : null;
  };
  for (let i = 0; i < 10; i++) {
    const km = i === 0 && request.preferKm !== undefined ? request.preferKm : random.float(fromKm, toKm);
    // Later attempts hug the line: near a bend, a short offset is the one that stays inside.
    const offset = random.float(minOffset, i < 5 ? maxOffset : (minOffset + maxOffset) / 2);
    const placed = attempt(km, offset);
    if (placed) return placed;
  }
  for (let i = 0; i <= 10; i++) {
    const placed = attempt(fromKm + ((toKm - fromKm) * i) / 10, minOffset);
    if (placed) return placed;
  }
  const km = request.preferKm ?? (fromKm + toKm) / 2;
  return { km, offsetKm: minOffset, point: roundLonLat(offsetLeftKm(line.coordinates, km, minOffset, line.cumKm)), fallback: true };
}
