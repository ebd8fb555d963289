// geojson-vt slices no deeper than its maxZoom and answers null below it. A deeper tile is the
// matching part of the maxZoom ancestor, clipped (with the tile buffer) and scaled up: the source
// data (1:50m) has no finer detail to give anyway.

type Point = [number, number];

/** One feature of a geojson-vt tile after transform: integer tile coordinates, rings closed. */
export interface VtFeature {
  type: 1 | 2 | 3;
  geometry: Point[] | Point[][];
  tags: Record<string, unknown>;
  id?: number | string;
}

export interface ChildWindow {
  /** Zoom levels below the ancestor (≥ 1). */
  dz: number;
  /** Column and row of the child inside its ancestor, 0 … 2^dz − 1. */
  cx: number;
  cy: number;
  extent: number;
  buffer: number;
}

interface Box { minX: number; minY: number; maxX: number; maxY: number }

const intersect = (a: Point, b: Point, axis: 0 | 1, at: number): Point => {
  const t = (at - a[axis]) / (b[axis] - a[axis]);
  return axis === 0 ? [at, a[1] + t * (b[1] - a[1])] : [a[0] + t * (b[0] - a[0]), at];
};

const samePoint = (a: Point, b: Point) => a[0] === b[0] && a[1] === b[1];

/** Rounding to the grid can repeat a point; a repeat would be a zero-length move. */
const dedupe = (points: Point[]): Point[] => points.filter((p, i) => i === 0 || !samePoint(p, points[i - 1]!));

/** Sutherland–Hodgman against one edge of the box (`side` −1: keep ≥ at, +1: keep ≤ at). Keeps the winding. */
function clipRingEdge(ring: Point[], axis: 0 | 1, at: number, side: -1 | 1): Point[] {
  const inside = (p: Point) => (side < 0 ? p[axis] >= at : p[axis] <= at);
  const out: Point[] = [];
  ring.forEach((b, i) => {
    const a = ring[i === 0 ? ring.length - 1 : i - 1]!;
    if (inside(b)) {
      if (!inside(a)) out.push(intersect(a, b, axis, at));
      out.push(b);
    } else if (inside(a)) {
      out.push(intersect(a, b, axis, at));
    }
  });
  return out;
}

function twiceArea(ring: Point[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  return sum;
}

/** A closed ring clipped to the box and moved by `place`; undefined when nothing with area is left. */
function clipRing(ring: Point[], box: Box, place: (p: Point) => Point): Point[] | undefined {
  let clipped = clipRingEdge(ring, 0, box.minX, -1);
  clipped = clipRingEdge(clipped, 0, box.maxX, 1);
  clipped = clipRingEdge(clipped, 1, box.minY, -1);
  clipped = dedupe(clipRingEdge(clipped, 1, box.maxY, 1).map(place));
  if (clipped.length > 1 && samePoint(clipped[0]!, clipped.at(-1)!)) clipped.pop();
  if (clipped.length < 3 || twiceArea(clipped) === 0) return undefined;
  return [...clipped, clipped[0]!];
}

/** A polyline clipped to [lo, hi] on one axis; one that leaves and comes back becomes two. */
function clipLineAxis(line: Point[], axis: 0 | 1, lo: number, hi: number): Point[][] {
  const parts: Point[][] = [];
  let part: Point[] = [];
  for (let i = 0; i + 1 < line.length; i++) {
    let a = line[i]!;
    let b = line[i + 1]!;
    if (Math.max(a[axis], b[axis]) < lo || Math.min(a[axis], b[axis]) > hi) continue;
    if (a[axis] < lo || a[axis] > hi) a = intersect(a, b, axis, a[axis] < lo ? lo : hi);
    const leaves = b[axis] < lo || b[axis] > hi;
    if (leaves) b = intersect(a, b, axis, b[axis] < lo ? lo : hi);
    if (part.length === 0) part.push(a);
    part.push(b);
    if (leaves) {
      parts.push(part);
      part = [];
    }
  }
  if (part.length > 1) parts.push(part);
  return parts;
}

function clipLines(lines: Point[][], box: Box, place: (p: Point) => Point): Point[][] {
  return lines
    .flatMap((line) => clipLineAxis(line, 0, box.minX, box.maxX))
    .flatMap((line) => clipLineAxis(line, 1, box.minY, box.maxY))
    .map((line) => dedupe(line.map(place)))
    .filter((line) => line.length > 1);
}

/** The child's part of its ancestor's features, in the child's own tile coordinates. */
export function overzoomFeatures(features: VtFeature[], w: ChildWindow): VtFeature[] {
  const scale = 2 ** w.dz;
  const size = w.extent / scale;
  const pad = w.buffer / scale;
  const [x0, y0] = [w.cx * size, w.cy * size];
  const box: Box = { minX: x0 - pad, minY: y0 - pad, maxX: x0 + size + pad, maxY: y0 + size + pad };
  const place = ([x, y]: Point): Point => [Math.round((x - x0) * scale), Math.round((y - y0) * scale)];
  const out: VtFeature[] = [];
  for (const feature of features) {
    let geometry: Point[] | Point[][];
    if (feature.type === 1) {
      geometry = (feature.geometry as Point[])
        .filter(([x, y]) => x >= box.minX && x <= box.maxX && y >= box.minY && y <= box.maxY)
        .map(place);
    } else if (feature.type === 2) {
      geometry = clipLines(feature.geometry as Point[][], box, place);
    } else {
      geometry = (feature.geometry as Point[][]).map((ring) => clipRing(ring, box, place)).filter((r) => r !== undefined);
    }
    if (geometry.length > 0) out.push({ ...feature, geometry });
  }
  return out;
}
