// Strips along stretches of the border: flat-capped buffers of the stretch, cut to the national
// side by intersecting with an areal "within" (China, or the parent admin area), built in a local
// equirectangular projection centred on the strip (km units) and unprojected to lon/lat.
import type { LineString } from 'geojson';
import type { BorderLine } from './border-lines';
import { createLocalProjection, lineSubstringKm, roundLonLat, type LonLat, type LocalProjection } from './geodesy';
import { geometryBox, mapPositions, rewindRfc7946, type Areal } from './geojson-geometry';
import {
  bufferFlat, bufferZero, difference, distance, intersection, isValid, multiPolygonOf, polygonsOf, roundPointwise,
  snapRoundPolygonal, toGeoJson,
  toJsts, union, unionAll, type JstsGeometry,
} from './jsts-adapter';
import { boxAround, boxesIntersect, type LonLatBox } from './line-clip';
import type { Stretch } from './stretches';

export type LinesById = ReadonlyMap<string, BorderLine>;

export function stretchCoordinates(lines: LinesById, stretch: Stretch): LonLat[] {
  const line = lines.get(stretch.lineId);
  if (!line) throw new Error(`unknown line ${stretch.lineId}`);
  // Ends rounded like every output coordinate, so strips that meet at a cut share the exact point.
  const coords = lineSubstringKm(line.coordinates, stretch.fromKm, stretch.toKm, line.cumKm).map(roundLonLat);
  return coords.filter((p, i) => i === 0 || p[0] !== coords[i - 1]![0] || p[1] !== coords[i - 1]![1]);
}

export interface StripOptions {
  depthKm: number;
  /** The national side: the strip is cut to this area. */
  within: Areal;
  /** Areas already taken by siblings, removed so siblings do not overlap. */
  subtract?: readonly Areal[];
  /** Other border parts the strip must stay clear of by clearanceKm (keeps zones off them). */
  clearOf?: readonly LonLat[][];
  clearanceKm?: number;
  /** An area joined to the strip after the subtractions (the unit's own reserved band). */
  add?: Areal;
  /** A thin both-sided band around the stretch, so the border line lies inside, not on the edge. */
  marginKm?: number;
}

const projectLine = (coords: readonly LonLat[], projection: LocalProjection) =>
  toJsts({ type: 'LineString', coordinates: coords.map(projection.project) } satisfies LineString);

const projectAreal = (areal: Areal, projection: LocalProjection) => toJsts(mapPositions(areal, projection.project));

/** Builds the strip; null when nothing is left (all of it taken by siblings). */
export function buildStrip(lines: LinesById, stretches: readonly Stretch[], options: StripOptions): Areal | null {
  const coords = stretches.map((s) => stretchCoordinates(lines, s));
  const box = boxAround(coords.flat());
  const projection = createLocalProjection([(box.minLon + box.maxLon) / 2, (box.minLat + box.maxLat) / 2]);
  const own = coords.map((c) => projectLine(c, projection));

  let strip = unionAll(own.map((line) => bufferFlat(line, options.depthKm)));
  strip = intersection(strip, projectAreal(options.within, projection));
  const near = grow(box, options.depthKm);
  for (const taken of options.subtract ?? []) {
    if (boxesIntersect(geometryBox(taken), near)) strip = difference(strip, projectAreal(taken, projection));
  }
  if (options.clearOf && options.clearOf.length > 0) {
    const others = options.clearOf.map((c) => bufferFlat(projectLine(c, projection), options.clearanceKm ?? 0.25));
    strip = difference(strip, unionAll(others));
  }
  if (options.add) strip = union(strip, projectAreal(options.add, projection));
  if (options.marginKm) strip = union(strip, unionAll(own.map((line) => bufferFlat(line, options.marginKm!))));

  // Keep only the parts along the stretch itself: buffering can reach Chinese land beyond a
  // foreign salient, which would show up as detached islands.
  const parts = polygonsOf(strip).filter((part) => own.some((line) => distance(part, line) < 0.05));
  if (parts.length === 0) return null;
  return toLonLatAreal(multiPolygonOf(parts), projection);
}

function grow(box: LonLatBox, km: number): LonLatBox {
  const deg = km / 80 + 0.05;
  return { minLon: box.minLon - deg, minLat: box.minLat - deg, maxLon: box.maxLon + deg, maxLat: box.maxLat + deg };
}

/** Unprojects, rounds to 6 decimals (keeping it valid) and rewinds. */
export function toLonLatAreal(geometry: JstsGeometry, projection: LocalProjection | null): Areal | null {
  const lonLat = projection ? toJsts(mapPositions(toGeoJson(geometry) as Areal, projection.unproject)) : geometry;
  const rounded = roundAreal(lonLat);
  return rounded ? rewindRfc7946(toGeoJson(rounded) as Areal) : null;
}

/**
 * Rounding can make a valid polygon touch or cross itself where two vertices lie within a
 * micro-degree (overlays leave such spikes). Plain rounding is kept when it stays valid; else
 * snap-rounding repairs it. Each result is accepted only if it keeps the area.
 */
function roundAreal(geometry: JstsGeometry): JstsGeometry | null {
  const area = geometry.getArea();
  const keeps = (candidate: JstsGeometry) => {
    const parts = polygonsOf(candidate);
    if (parts.length === 0) return null;
    const result = multiPolygonOf(parts);
    return isValid(result) && Math.abs(result.getArea() - area) <= 0.005 * area ? result : null;
  };
  if (polygonsOf(geometry).length === 0) return null;
  const rounded = roundPointwise(geometry, 6);
  const result = keeps(rounded) ?? keeps(snapRoundPolygonal(geometry, 6)) ?? keeps(bufferZero(rounded));
  if (!result) throw new Error('could not round a polygon to 6 decimals without breaking it');
  return result;
}

/** Union of areas in lon/lat (overlay is affine-invariant, so no projection is needed). */
export function unionAreals(areals: readonly Areal[]): Areal | null {
  return toLonLatAreal(unionAll(areals.map((a) => toJsts(a))), null);
}

export function intersectAreals(a: Areal, b: Areal): Areal | null {
  return toLonLatAreal(intersection(toJsts(a), toJsts(b)), null);
}
