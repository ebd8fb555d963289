// A stretch is an interval of one border line, in km from the line's start. Counties, townships,
// villages and zones own ordered lists of stretches ("routes"), which may run over a junction of
// two lines (Mengla spans the Myanmar–Laos tri-point).

export interface Stretch {
  lineId: string;
  fromKm: number;
  toKm: number;
}

export const stretchLengthKm = (s: Stretch) => s.toKm - s.fromKm;
export const routeLengthKm = (route: readonly Stretch[]) => route.reduce((sum, s) => sum + stretchLengthKm(s), 0);

/** Cuts a route into consecutive parts whose lengths are proportional to the weights. */
export function splitRouteByWeights(route: readonly Stretch[], weights: readonly number[]): Stretch[][] {
  const total = routeLengthKm(route);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const cuts: number[] = [];
  let acc = 0;
  for (const w of weights) {
    acc += w;
    cuts.push((total * acc) / weightSum);
  }
  cuts[cuts.length - 1] = total;
  const parts: Stretch[][] = [];
  let start = 0;
  for (const end of cuts) {
    parts.push(subRoute(route, start, end));
    start = end;
  }
  return parts;
}

/** The stretches of a route between two distances along the route. */
export function subRoute(route: readonly Stretch[], fromRouteKm: number, toRouteKm: number): Stretch[] {
  const out: Stretch[] = [];
  let offset = 0;
  for (const s of route) {
    const length = stretchLengthKm(s);
    const from = Math.max(fromRouteKm, offset);
    const to = Math.min(toRouteKm, offset + length);
    if (to - from > 1e-9) out.push({ lineId: s.lineId, fromKm: s.fromKm + (from - offset), toKm: s.fromKm + (to - offset) });
    offset += length;
  }
  return out;
}

/** Joins stretches that continue one another on the same line. */
export function mergeStretches(stretches: readonly Stretch[]): Stretch[] {
  const out: Stretch[] = [];
  for (const s of stretches) {
    const last = out.at(-1);
    if (last && last.lineId === s.lineId && Math.abs(last.toKm - s.fromKm) < 1e-9) last.toKm = s.toKm;
    else out.push({ ...s });
  }
  return out;
}

/** Finds which owner's stretch holds a point of a line; owners' stretches must not overlap. */
export function createStretchIndex<T>(owners: readonly { stretches: readonly Stretch[]; owner: T }[]) {
  const byLine = new Map<string, { fromKm: number; toKm: number; owner: T }[]>();
  for (const { stretches, owner } of owners) {
    for (const s of stretches) {
      const list = byLine.get(s.lineId) ?? [];
      list.push({ fromKm: s.fromKm, toKm: s.toKm, owner });
      byLine.set(s.lineId, list);
    }
  }
  for (const list of byLine.values()) list.sort((a, b) => a.fromKm - b.fromKm);
  return (lineId: string, km: number): T => {
    const list = byLine.get(lineId) ?? [];
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (list[mid]!.fromKm <= km) lo = mid;
      else hi = mid - 1;
    }
    const found = list[lo];
    if (!found || km < found.fromKm - 1e-9 || km > found.toKm + 1e-9) throw new Error(`no owner at ${lineId} km ${km}`);
    return found.owner;
  };
}
