// Spherical geodesy on WGS84 lon/lat. A sphere of the mean Earth radius is within ~0.5% of the
// ellipsoid, which is plenty for demo data; lengths along lines are sums of haversine distances.

export type LonLat = [lon: number, lat: number];

/** IUGG mean Earth radius. */
export const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

export function haversineKm(a: LonLat, b: LonLat): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLon = (b[0] - a[0]) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Distance from the line's start to each vertex, in km. */
export function cumulativeKm(line: readonly LonLat[]): number[] {
  const out = [0];
  for (let i = 1; i < line.length; i++) out.push(out[i - 1]! + haversineKm(line[i - 1]!, line[i]!));
  return out;
}

export function lineLengthKm(line: readonly LonLat[]): number {
  return cumulativeKm(line).at(-1) ?? 0;
}

/** Index i of the edge [i, i+1] holding distance km (clamped to the line). */
function edgeIndexAt(cumKm: readonly number[], km: number): number {
  let lo = 0;
  let hi = cumKm.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (cumKm[mid]! <= km) lo = mid;
    else hi = mid;
  }
  return lo;
}

// Within one edge we interpolate linearly in lon/lat: edges here are a few km long, where the
// difference from the great circle is centimetres.
function interpolate(a: LonLat, b: LonLat, t: number): LonLat {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

export function pointAlongKm(line: readonly LonLat[], km: number, cumKm = cumulativeKm(line)): LonLat {
  const total = cumKm.at(-1) ?? 0;
  const d = Math.min(Math.max(km, 0), total);
  const i = edgeIndexAt(cumKm, d);
  if (i >= line.length - 1) return line[line.length - 1]!;
  const edge = cumKm[i + 1]! - cumKm[i]!;
  return interpolate(line[i]!, line[i + 1]!, edge > 0 ? (d - cumKm[i]!) / edge : 0);
}

/** The part of the line between two distances from its start (clamped, fromKm < toKm). */
export function lineSubstringKm(
  line: readonly LonLat[], fromKm: number, toKm: number, cumKm = cumulativeKm(line),
): LonLat[] {
  const total = cumKm.at(-1) ?? 0;
  const from = Math.min(Math.max(fromKm, 0), total);
  const to = Math.min(Math.max(toKm, from), total);
  const out: LonLat[] = [pointAlongKm(line, from, cumKm)];
  for (let i = 0; i < line.length; i++) {
    if (cumKm[i]! > from && cumKm[i]! < to) out.push(line[i]!);
  }
  out.push(pointAlongKm(line, to, cumKm));
  return out;
}

/** Initial great-circle bearing from a to b, degrees clockwise from north. */
export function bearingDeg(a: LonLat, b: LonLat): number {
  const y = Math.sin((b[0] - a[0]) * RAD) * Math.cos(b[1] * RAD);
  const x = Math.cos(a[1] * RAD) * Math.sin(b[1] * RAD)
    - Math.sin(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.cos((b[0] - a[0]) * RAD);
  return (Math.atan2(y, x) / RAD + 360) % 360;
}

/** The point reached from p after distanceKm along the great circle of the given bearing. */
export function destinationPoint(p: LonLat, bearing: number, distanceKm: number): LonLat {
  const delta = distanceKm / EARTH_RADIUS_KM;
  const theta = bearing * RAD;
  const lat1 = p[1] * RAD;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(delta) + Math.cos(lat1) * Math.sin(delta) * Math.cos(theta));
  const lon2 = p[0] * RAD + Math.atan2(
    Math.sin(theta) * Math.sin(delta) * Math.cos(lat1), Math.cos(delta) - Math.sin(lat1) * Math.sin(lat2));
  return [lon2 / RAD, lat2 / RAD];
}

/** Direction of travel at km, from a chord of ±halfChordKm (smooths over single vertices). */
export function bearingAlongKm(line: readonly LonLat[], km: number, cumKm = cumulativeKm(line), halfChordKm = 0.5): number {
  const total = cumKm.at(-1) ?? 0;
  const a = pointAlongKm(line, Math.max(0, km - halfChordKm), cumKm);
  const b = pointAlongKm(line, Math.min(total, km + halfChordKm), cumKm);
  return bearingDeg(a, b);
}

/** A point offsetKm to the left of the line at km (negative offsets go right). */
export function offsetLeftKm(line: readonly LonLat[], km: number, offsetKm: number, cumKm = cumulativeKm(line)): LonLat {
  return destinationPoint(pointAlongKm(line, km, cumKm), bearingAlongKm(line, km, cumKm) - 90, offsetKm);
}

/**
 * Local equirectangular projection in km around a centre. Distances are true at the centre's
 * latitude and off by (1 − cos ratio) elsewhere: under 1% within ±100 km of it north–south.
 * It is affine in lon/lat, so overlay results (intersection, union) do not depend on it — only
 * buffers and distances do.
 */
export interface LocalProjection {
  centre: LonLat;
  project(p: LonLat): LonLat;
  unproject(p: LonLat): LonLat;
}

export function createLocalProjection(centre: LonLat): LocalProjection {
  const kmPerDegLat = EARTH_RADIUS_KM * RAD;
  const kmPerDegLon = kmPerDegLat * Math.cos(centre[1] * RAD);
  return {
    centre,
    project: (p) => [(p[0] - centre[0]) * kmPerDegLon, (p[1] - centre[1]) * kmPerDegLat],
    unproject: (p) => [centre[0] + p[0] / kmPerDegLon, centre[1] + p[1] / kmPerDegLat],
  };
}

/** Shortest distance from p to the polyline, in km, measured in a projection centred on p. */
export function distanceToLineKm(p: LonLat, line: readonly LonLat[]): number {
  return locateOnLine(p, line).distanceKm;
}

/** Distance along the line of the point on it nearest to p, and how far p is from it. */
export function locateOnLine(p: LonLat, line: readonly LonLat[], cumKm = cumulativeKm(line)): { km: number; distanceKm: number } {
  const projection = createLocalProjection(p);
  let best = { km: 0, distanceKm: Infinity };
  for (let i = 0; i + 1 < line.length; i++) {
    const a = projection.project(line[i]!);
    const b = projection.project(line[i + 1]!);
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const lengthSq = dx * dx + dy * dy;
    const t = lengthSq > 0 ? Math.min(1, Math.max(0, -(a[0] * dx + a[1] * dy) / lengthSq)) : 0;
    const d = Math.hypot(a[0] + t * dx, a[1] + t * dy);
    if (d < best.distanceKm) best = { km: cumKm[i]! + t * (cumKm[i + 1]! - cumKm[i]!), distanceKm: d };
  }
  return best;
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Six decimals of a degree is about 0.1 m: finer than any source used here. */
export function roundLonLat(p: LonLat): LonLat {
  return [roundTo(p[0], 6), roundTo(p[1], 6)];
}
