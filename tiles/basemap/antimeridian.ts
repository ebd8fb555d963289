// world-atlas is stitched for spherical rendering (d3-geo): rings cross ±180° (Russia's Chukotka,
// Fiji) and Antarctica is the band between the coast and a ring along the pole. Tiles are cut on a
// plane, where such a ring would sweep across the whole map. So longitudes are made continuous
// (geojson-vt wraps whatever passes ±180° back into the world) and a ring that goes once round a
// pole is closed through that pole.
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/** Longitudes made continuous: a step of more than 180° is a crossing of the antimeridian. */
export function unwrapLine(line: Position[]): Position[] {
  let offset = 0;
  let previous = line[0]?.[0] ?? 0;
  return line.map(([lon, lat], i) => {
    if (i > 0) {
      const step = lon! - previous;
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    previous = lon!;
    return [lon! + offset, lat!];
  });
}

const POLE_RING_LAT = 89.99;

/** A ring on the plane, or undefined for the degenerate ring that runs along a pole. */
function planarRing(ring: Position[]): Position[] | undefined {
  if (ring.every(([, lat]) => Math.abs(lat!) > POLE_RING_LAT)) return undefined;
  const line = unwrapLine(ring);
  const first = line[0]!;
  const last = line[line.length - 1]!;
  if (Math.abs(last[0]! - first[0]!) < 180) return line;
  const pole = line.reduce((sum, [, lat]) => sum + lat!, 0) < 0 ? -90 : 90;
  return [...line, [last[0]!, pole], [first[0]!, pole], first];
}

/** Rings in order, the first kept being the outer one (geojson-vt rewinds rings itself). */
function planarPolygon(rings: Position[][]): Position[][] | undefined {
  const kept = rings.map(planarRing).filter((ring): ring is Position[] => ring !== undefined);
  return kept.length > 0 ? kept : undefined;
}

export function planarPolygons(geometry: Polygon | MultiPolygon): MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return {
    type: 'MultiPolygon',
    coordinates: polygons.map(planarPolygon).filter((p): p is Position[][] => p !== undefined),
  };
}

export function planarLines(geometry: MultiLineString): MultiLineString {
  return { type: 'MultiLineString', coordinates: geometry.coordinates.map(unwrapLine) };
}

/** Back into −180° … 180°. */
export function normalizeLon(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}
