// The deliberate defects of the zone layer: 8–12 gaps (a run of 1–2 segments, or part of one,
// that no zone covers) and 5–8 double claims (a zone reaching 1–4 km into its neighbour's run).
// Defects never touch each other, so each one reads cleanly in a coverage analysis.
import type { BorderSegment } from './demo-model';
import { roundTo } from './geodesy';
import type { Random } from './seeded-random';

export interface ZoneRun {
  lineId: string;
  segments: BorderSegment[];
  fromKm: number;
  toKm: number;
}

export interface CoverageDefect {
  lineId: string;
  fromKm: number;
  toKm: number;
  kind: 'gap' | 'overlap';
}

const defect = (lineId: string, fromKm: number, toKm: number, kind: CoverageDefect['kind']): CoverageDefect =>
  ({ lineId, fromKm: roundTo(fromKm, 3), toKm: roundTo(toKm, 3), kind });

export function injectDefects(random: Random, planned: readonly ZoneRun[]): { runs: ZoneRun[]; defects: CoverageDefect[] } {
  const runs = planned.map((r) => ({ ...r, segments: [...r.segments] }));
  const sameLine = (i: number, j: number) => runs[j] !== undefined && runs[j]!.lineId === runs[i]!.lineId;
  const picked = new Set<number>();
  const isolated = (i: number) => ![i - 1, i, i + 1].some((j) => picked.has(j));
  const order = random.shuffle(runs.map((_, i) => i));
  const take = (count: number, fits: (i: number) => boolean) => {
    const chosen: number[] = [];
    for (const i of order) {
      if (chosen.length === count) break;
      if (isolated(i) && fits(i)) {
        picked.add(i);
        chosen.push(i);
      }
    }
    return chosen;
  };

  const defects: CoverageDefect[] = [];
  const gapCount = random.int(8, 12);
  // At least half the gaps drop whole segments, so some segments end up with no zone at all.
  const dropCount = Math.ceil(gapCount / 2);
  for (const i of take(dropCount, (i) => runs[i]!.segments.length >= 3)) {
    const run = runs[i]!;
    const n = run.segments.length >= 4 ? random.int(1, 2) : 1;
    const atStart = random.chance(0.5);
    const dropped = atStart ? run.segments.splice(0, n) : run.segments.splice(-n, n);
    defects.push(defect(run.lineId, dropped[0]!.fromKm, dropped.at(-1)!.toKm, 'gap'));
    run.fromKm = run.segments[0]!.fromKm;
    run.toKm = run.segments.at(-1)!.toKm;
  }
  for (const i of take(gapCount - dropCount, () => true)) {
    const run = runs[i]!;
    const atStart = random.chance(0.5);
    const edge = atStart ? run.segments[0]! : run.segments.at(-1)!;
    const cutKm = random.float(1, Math.min(4, edge.toKm - edge.fromKm - 1));
    if (atStart) {
      defects.push(defect(run.lineId, run.fromKm, run.fromKm + cutKm, 'gap'));
      run.fromKm += cutKm;
    } else {
      defects.push(defect(run.lineId, run.toKm - cutKm, run.toKm, 'gap'));
      run.toKm -= cutKm;
    }
  }
  for (const i of take(random.int(5, 8), (i) => sameLine(i, i + 1) || sameLine(i, i - 1))) {
    const run = runs[i]!;
    const forward = sameLine(i, i + 1) && (!sameLine(i, i - 1) || random.chance(0.5));
    const neighbour = runs[forward ? i + 1 : i - 1]!;
    const reachKm = random.float(1, Math.min(4, neighbour.toKm - neighbour.fromKm - 1));
    if (forward) {
      defects.push(defect(run.lineId, run.toKm, run.toKm + reachKm, 'overlap'));
      run.toKm += reachKm;
    } else {
      defects.push(defect(run.lineId, run.fromKm - reachKm, run.fromKm, 'overlap'));
      run.fromKm -= reachKm;
    }
  }
  defects.sort((a, b) => (a.lineId === b.lineId ? a.fromKm - b.fromKm : runs.findIndex((r) => r.lineId === a.lineId) - runs.findIndex((r) => r.lineId === b.lineId)));
  return { runs, defects };
}
