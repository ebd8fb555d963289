// Natural Earth admin-1 polygons → the lines between two first-level units of the same country.
// Natural Earth's 1:10m admin-1 layer is topologically consistent: two neighbouring units share
// the very same vertices, so a segment found in exactly two units of one country is a first-level
// boundary, and a segment found once is a coastline or an international border (drawn by the
// admin-0 layers already, so left out here).
import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/** One admin-1 unit: its country (Natural Earth `adm0_a3`) and every ring of its polygons. */
export interface Admin1Unit { adm0: string; rings: Position[][] }

export function unitOf(feature: Feature<Polygon | MultiPolygon | null, { adm0_a3?: unknown } | null>): Admin1Unit | undefined {
  const adm0 = feature.properties?.adm0_a3;
  const geometry = feature.geometry;
  if (typeof adm0 !== 'string' || !geometry) return undefined;
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
  return { adm0, rings };
}

const pointKey = (p: Position) => `${p[0]},${p[1]}`;
const edgeKey = (a: string, b: string) => (a < b ? `${a};${b}` : `${b};${a}`);

interface EdgeUse { a: Position; b: Position; units: Set<number> }

/** Every segment of every ring, with the units whose rings run along it. */
function segmentUses(units: Admin1Unit[]): Map<string, EdgeUse> {
  const uses = new Map<string, EdgeUse>();
  units.forEach((unit, index) => {
    for (const ring of unit.rings) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const [a, b] = [ring[i]!, ring[i + 1]!];
        const [ka, kb] = [pointKey(a), pointKey(b)];
        if (ka === kb) continue;
        const key = edgeKey(ka, kb);
        const use = uses.get(key) ?? { a, b, units: new Set<number>() };
        // A unit split at ±180° (Chukotka) meets itself there: one unit, so no boundary.
        use.units.add(index);
        uses.set(key, use);
      }
    }
  });
  return uses;
}

/** Segments into polylines that run from junction to junction (or round a closed ring). */
export function chainSegments(segments: Array<[Position, Position]>): Position[][] {
  const points = new Map<string, Position>();
  const next = new Map<string, string[]>();
  const link = (from: string, to: string) => next.set(from, [...(next.get(from) ?? []), to]);
  for (const [a, b] of segments) {
    const [ka, kb] = [pointKey(a), pointKey(b)];
    points.set(ka, a);
    points.set(kb, b);
    link(ka, kb);
    link(kb, ka);
  }
  const used = new Set<string>();
  const walk = (start: string, first: string): Position[] => {
    const line = [start, first];
    used.add(edgeKey(start, first));
    let [previous, current] = [start, first];
    while (next.get(current)!.length === 2) {
      const [x, y] = next.get(current)!;
      const following = x === previous ? y! : x!;
      if (used.has(edgeKey(current, following))) break;
      used.add(edgeKey(current, following));
      line.push(following);
      [previous, current] = [current, following];
    }
    return line.map((key) => points.get(key)!);
  };
  const lines: Position[][] = [];
  // Junctions and dead ends first, so that only closed rings are left for the second pass.
  for (const [key, neighbours] of next) {
    if (neighbours.length === 2) continue;
    for (const neighbour of neighbours) if (!used.has(edgeKey(key, neighbour))) lines.push(walk(key, neighbour));
  }
  for (const [key, neighbours] of next) {
    for (const neighbour of neighbours) if (!used.has(edgeKey(key, neighbour))) lines.push(walk(key, neighbour));
  }
  return lines;
}

function distanceToSegment(p: Position, a: Position, b: Position): number {
  const [dx, dy] = [b[0]! - a[0]!, b[1]! - a[1]!];
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((p[0]! - a[0]!) * dx + (p[1]! - a[1]!) * dy) / lengthSq));
  return Math.hypot(p[0]! - a[0]! - t * dx, p[1]! - a[1]! - t * dy);
}

/** Douglas–Peucker in degrees; the ends (junctions between three units) always stay. */
export function simplifyLine(line: Position[], toleranceDeg: number): Position[] {
  if (line.length < 3) return line;
  const keep = new Array<boolean>(line.length).fill(false);
  keep[0] = keep[line.length - 1] = true;
  const stack: Array<[number, number]> = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [start, end] = stack.pop()!;
    let farthest = -1;
    let at = -1;
    for (let i = start + 1; i < end; i++) {
      const d = distanceToSegment(line[i]!, line[start]!, line[end]!);
      if (d > farthest) [farthest, at] = [d, i];
    }
    if (farthest > toleranceDeg) {
      keep[at] = true;
      stack.push([start, at], [at, end]);
    }
  }
  return line.filter((_, i) => keep[i]);
}

/** Coordinates rounded, repeats left by the rounding dropped; undefined when no length is left. */
export function roundLine(line: Position[], decimals: number): Position[] | undefined {
  const factor = 10 ** decimals;
  const rounded = line
    .map(([x, y]) => [Math.round(x! * factor) / factor, Math.round(y! * factor) / factor])
    .filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
  return rounded.length > 1 ? rounded : undefined;
}

export interface Admin1LinesOptions { toleranceDeg: number; decimals: number }

/** One MultiLineString per country that has first-level boundaries, countries in `adm0` order. */
export function admin1Lines(units: Admin1Unit[], options: Admin1LinesOptions): Array<Feature<MultiLineString, { adm0: string }>> {
  const byCountry = new Map<string, Array<[Position, Position]>>();
  for (const { a, b, units: sharing } of segmentUses(units).values()) {
    if (sharing.size !== 2) continue;
    const [first, second] = [...sharing].map((i) => units[i]!.adm0);
    if (first !== second) continue;
    const segments = byCountry.get(first!) ?? [];
    segments.push([a, b]);
    byCountry.set(first!, segments);
  }
  return [...byCountry.keys()].sort().map((adm0): Feature<MultiLineString, { adm0: string }> => {
    const coordinates = chainSegments(byCountry.get(adm0)!)
      .map((line) => roundLine(simplifyLine(line, options.toleranceDeg), options.decimals))
      .filter((line): line is Position[] => line !== undefined);
    return { type: 'Feature', properties: { adm0 }, geometry: { type: 'MultiLineString', coordinates } };
  }).filter((f) => f.geometry.coordinates.length > 0);
}
