// Small pure helpers over GeoJSON geometries: coordinate mapping, boxes and ring winding.
import type { LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { roundLonLat, type LonLat } from './geodesy';
import type { LonLatBox } from './line-clip';

export type Areal = Polygon | MultiPolygon;

const pos = (p: Position): LonLat => [p[0]!, p[1]!];

type Mappable = Point | LineString | Polygon | MultiPolygon;

export function mapPositions<G extends Mappable>(geometry: G, fn: (p: LonLat) => LonLat): G {
  const ring = (r: Position[]) => r.map((p) => fn(pos(p)));
  let mapped: Mappable;
  switch (geometry.type) {
    case 'Point': mapped = { type: 'Point', coordinates: fn(pos(geometry.coordinates)) }; break;
    case 'LineString': mapped = { type: 'LineString', coordinates: ring(geometry.coordinates) }; break;
    case 'Polygon': mapped = { type: 'Polygon', coordinates: geometry.coordinates.map(ring) }; break;
    case 'MultiPolygon': mapped = { type: 'MultiPolygon', coordinates: geometry.coordinates.map((poly) => poly.map(ring)) }; break;
  }
  return mapped as G;
}

export const roundGeometry = <G extends Mappable>(geometry: G): G => mapPositions(geometry, roundLonLat);

export function arealRings(geometry: Areal): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

export function geometryBox(geometry: Areal | LineString): LonLatBox {
  const points = geometry.type === 'LineString' ? geometry.coordinates : arealRings(geometry).flat();
  const box = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity };
  for (const p of points) {
    box.minLon = Math.min(box.minLon, p[0]!);
    box.maxLon = Math.max(box.maxLon, p[0]!);
    box.minLat = Math.min(box.minLat, p[1]!);
    box.maxLat = Math.max(box.maxLat, p[1]!);
  }
  return box;
}

/** Twice the signed area in lon/lat: positive for counter-clockwise rings. */
function signedArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  }
  return sum;
}

function wound(ring: Position[], counterClockwise: boolean): Position[] {
  return (signedArea2(ring) > 0) === counterClockwise ? ring : [...ring].reverse();
}

/** RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise (JTS writes the opposite). */
export function rewindRfc7946(geometry: Areal): Areal {
  const polygon = (rings: Position[][]) => rings.map((ring, i) => wound(ring, i === 0));
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: polygon(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(polygon) };
}
