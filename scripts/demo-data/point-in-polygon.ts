// Even–odd ray casting in plain lon/lat. Polygon edges from Natural Earth and from our own
// output are straight in lon/lat, so this matches how the data is drawn and stored (SRID 4326).
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { LonLat } from './geodesy';

function inRing(p: LonLat, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0]!;
    const yi = ring[i]![1]!;
    const xj = ring[j]![0]!;
    const yj = ring[j]![1]!;
    if ((yi > p[1]) !== (yj > p[1]) && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inPolygonRings(p: LonLat, rings: readonly (readonly Position[])[]): boolean {
  const [shell, ...holes] = rings;
  return !!shell && inRing(p, shell) && !holes.some((hole) => inRing(p, hole));
}

export function pointInPolygon(p: LonLat, geometry: Polygon | MultiPolygon): boolean {
  if (geometry.type === 'Polygon') return inPolygonRings(p, geometry.coordinates);
  return geometry.coordinates.some((rings) => inPolygonRings(p, rings));
}
