// Clips a polyline to a lon/lat box. Boundaries are meridians and parallels, so clipping each
// edge in plain lon/lat (Liang–Barsky) is exact for the box as drawn on the map.
import type { LonLat } from './geodesy';

export interface LonLatBox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

export const unboundedBox = (box: Partial<LonLatBox>): LonLatBox => ({
  minLon: box.minLon ?? -Infinity,
  minLat: box.minLat ?? -Infinity,
  maxLon: box.maxLon ?? Infinity,
  maxLat: box.maxLat ?? Infinity,
});

/** The parameter range [t0, t1] of edge a→b inside the box, or null when it misses it. */
function clipEdge(a: LonLat, b: LonLat, box: LonLatBox): [number, number] | null {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const checks: [number, number][] = [
    [-dx, a[0] - box.minLon], [dx, box.maxLon - a[0]],
    [-dy, a[1] - box.minLat], [dy, box.maxLat - a[1]],
  ];
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return null;
  }
  return [t0, t1];
}

const at = (a: LonLat, b: LonLat, t: number): LonLat =>
  t === 0 ? a : t === 1 ? b : [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

/** The runs of the line inside the box, in the line's direction. */
export function clipLineToBox(line: readonly LonLat[], box: LonLatBox): LonLat[][] {
  const runs: LonLat[][] = [];
  let current: LonLat[] | null = null;
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i]!;
    const b = line[i + 1]!;
    const range = clipEdge(a, b, box);
    if (!range) {
      current = null;
      continue;
    }
    const [t0, t1] = range;
    if (!current || t0 > 0) {
      current = [at(a, b, t0)];
      runs.push(current);
    }
    current.push(at(a, b, t1));
    if (t1 < 1) current = null;
  }
  return runs.filter((run) => run.length >= 2 && !(run.length === 2 && run[0]![0] === run[1]![0] && run[0]![1] === run[1]![1]));
}

/** The box around a set of points, grown by marginDeg on every side. */
export function boxAround(points: readonly LonLat[], marginDeg = 0): LonLatBox {
  let minLon = Infinity;
  let minLat = Infinity;
  let maxLon = -Infinity;
  let maxLat = -Infinity;
  for (const [lon, lat] of points) {
    minLon = Math.min(minLon, lon);
    minLat = Math.min(minLat, lat);
    maxLon = Math.max(maxLon, lon);
    maxLat = Math.max(maxLat, lat);
  }
  return { minLon: minLon - marginDeg, minLat: minLat - marginDeg, maxLon: maxLon + marginDeg, maxLat: maxLat + marginDeg };
}

export const boxesIntersect = (a: LonLatBox, b: LonLatBox) =>
  a.minLon <= b.maxLon && b.minLon <= a.maxLon && a.minLat <= b.maxLat && b.minLat <= a.maxLat;
