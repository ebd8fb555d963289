import type { MultiPolygon, Polygon, Position } from 'geojson';

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/**
 * Area of a lon/lat ring on the sphere, km², whichever way it winds. The spherical-excess
 * approximation of Chamberlain & Duquette (as Turf uses): planar lon/lat area would rank Russia
 * and Greenland far above their size.
 */
export function ringAreaKm2(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [lon1, lat1] = ring[j]!;
    const [lon2, lat2] = ring[i]!;
    sum += (lon2! - lon1!) * RAD * (2 + Math.sin(lat1! * RAD) + Math.sin(lat2! * RAD));
  }
  return Math.abs((sum * EARTH_RADIUS_KM ** 2) / 2);
}

/** A polygon's area, km²: its outer ring less its holes. */
export function polygonAreaKm2(rings: Position[][]): number {
  return rings.reduce((area, ring, i) => area + (i === 0 ? 1 : -1) * ringAreaKm2(ring), 0);
}

export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function largestPolygon(geometry: Polygon | MultiPolygon): Position[][] {
  const polygons = polygonsOf(geometry);
  let best = polygons[0]!;
  for (const polygon of polygons) if (polygonAreaKm2(polygon) > polygonAreaKm2(best)) best = polygon;
  return best;
}

/** Planar area-weighted centroid of the outer ring, in degrees (good enough to place a label). */
function ringCentroid(ring: Position[]): Position {
  let twiceArea = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j]!;
    const [x1, y1] = ring[i]!;
    const cross = x0! * y1! - x1! * y0!;
    twiceArea += cross;
    cx += (x0! + x1!) * cross;
    cy += (y0! + y1!) * cross;
  }
  if (twiceArea === 0) return ring[0]!;
  return [cx / (3 * twiceArea), cy / (3 * twiceArea)];
}

/** Where the horizontal line at `lat` crosses the polygon's rings, sorted west to east. */
function crossings(rings: Position[][], lat: number): number[] {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x0, y0] = ring[j]!;
      const [x1, y1] = ring[i]!;
      // Half-open on y so that a vertex on the line counts once.
      if ((y0! > lat) !== (y1! > lat)) xs.push(x0! + ((lat - y0!) * (x1! - x0!)) / (y1! - y0!));
    }
  }
  return xs.sort((a, b) => a - b);
}

function contains(rings: Position[][], [lon, lat]: Position): boolean {
  const xs = crossings(rings, lat!);
  return xs.filter((x) => x < lon!).length % 2 === 1;
}

/**
 * A point inside the polygon to hang its label on: the centroid of the outer ring when it falls
 * inside (most countries), else the middle of the widest inside stretch of the parallel through
 * the centroid (a concave country, such as Vietnam or Norway, whose centroid lies next door).
 */
export function labelPoint(rings: Position[][]): Position {
  const centroid = ringCentroid(rings[0]!);
  if (contains(rings, centroid)) return centroid;
  const xs = crossings(rings, centroid[1]!);
  let best: Position | undefined;
  let widest = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const width = xs[i + 1]! - xs[i]!;
    if (width > widest) {
      widest = width;
      best = [(xs[i]! + xs[i + 1]!) / 2, centroid[1]!];
    }
  }
  return best ?? rings[0]![0]!;
}
