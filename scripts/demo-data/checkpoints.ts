// 卡点: exactly 5,578 checkpoints spread over every segment (more on longer ones), each 0.2–3 km
// into the national side and inside its segment's county; ports cluster around real ports.
import { allocateExactly } from './count-allocation';
import { describeCheckpoint, type CheckpointDescription } from './checkpoint-attributes';
import { geometryOf, lineOf, type DemoContext } from './demo-context';
import { locateOnLine, type LonLat } from './geodesy';
import { placeInland } from './inland-placement';
import { CHECKPOINTS_PER_PORT, REAL_PORTS, type RealPort } from './real-ports';
import type { Random } from './seeded-random';
import { createStretchIndex } from './stretches';

export const CHECKPOINT_TOTAL = 5578;

export interface Checkpoint extends CheckpointDescription {
  code: string;
  branchCode: string;
  segmentCode: string;
  lineId: string;
  km: number;
  point: LonLat;
  townshipCode: string;
  villageCode: string;
  port: RealPort | null;
}

type Draft = Pick<Checkpoint, 'segmentCode' | 'lineId' | 'km' | 'point'> & { port: RealPort | null };

export function generateCheckpoints(context: DemoContext, random: Random): Checkpoint[] {
  const { segments } = context;
  const counts = allocateExactly(
    CHECKPOINT_TOTAL, segments.map((s) => (s.toKm - s.fromKm) * random.float(0.6, 1.4)), 1);
  let fallbacks = 0;
  const drafts: Draft[] = segments.flatMap((segment, i) => {
    const n = counts[i]!;
    const slotKm = (segment.toKm - segment.fromKm) / n;
    return Array.from({ length: n }, (_, k): Draft => {
      // One random spot per equal slot: spread along the segment, never bunched.
      const fromKm = segment.fromKm + slotKm * k;
      const placed = placeInland(random, {
        line: lineOf(context, segment.lineId), fromKm, toKm: fromKm + slotKm,
        preferKm: fromKm + slotKm * random.float(0.1, 0.9), offsetKm: [0.2, 3],
        inside: geometryOf(context, segment.countyCode),
      });
      if (placed.fallback) fallbacks++;
      return { segmentCode: segment.code, lineId: segment.lineId, km: placed.km, point: placed.point, port: null };
    });
  });
  fallbacks += clusterAtPorts(context, random, drafts);
  if (fallbacks > 0) context.log(`  ${fallbacks} checkpoints kept on the line side of a sharp bend`);

  const lineOrder = new Map(context.lines.map((l, i) => [l.id, i]));
  drafts.sort((a, b) => lineOrder.get(a.lineId)! - lineOrder.get(b.lineId)! || a.km - b.km);
  const villageAt = createStretchIndex(
    context.units.filter((u) => u.level === 'village').map((u) => ({ stretches: u.stretches, owner: u })));
  const numberInTownship = new Map<string, number>();
  const numberAtPort = new Map<string, number>();
  return drafts.map((draft, i) => {
    const village = villageAt(draft.lineId, draft.km);
    const township = context.unitsByCode.get(village.parentCode!)!;
    const counter = draft.port ? numberAtPort : numberInTownship;
    const key = draft.port?.name ?? township.code;
    const serial = (counter.get(key) ?? 0) + 1;
    counter.set(key, serial);
    return {
      code: `KD-${String(i + 1).padStart(5, '0')}`,
      ...describeCheckpoint(random, { township, port: draft.port, serial }),
      branchCode: '',
      segmentCode: draft.segmentCode,
      lineId: draft.lineId,
      km: draft.km,
      point: draft.point,
      townshipCode: township.code,
      villageCode: village.code,
      port: draft.port,
    };
  });
}

/**
 * Turns the checkpoints nearest each real port into its port lanes, moved to within ~2 km of
 * the port but kept on their own segments. Returns how many had to fall back.
 */
function clusterAtPorts(context: DemoContext, random: Random, drafts: Draft[]): number {
  let fallbacks = 0;
  for (const port of REAL_PORTS) {
    const nearest = context.lines.filter((l) => l.region === port.region)
      .map((line) => ({ line, ...locateOnLine(port.approximate, line.coordinates, line.cumKm) }))
      .sort((a, b) => a.distanceKm - b.distanceKm)[0];
    if (!nearest) continue;
    if (nearest.distanceKm > 25) context.log(`  port ${port.name} is ${nearest.distanceKm.toFixed(0)} km off the line`);
    const chosen = drafts.filter((d) => d.lineId === nearest.line.id && !d.port)
      .sort((a, b) => Math.abs(a.km - nearest.km) - Math.abs(b.km - nearest.km))
      .slice(0, CHECKPOINTS_PER_PORT);
    for (const draft of chosen) {
      const segment = context.segmentsByCode.get(draft.segmentCode)!;
      const clamp = (km: number) => Math.min(segment.toKm - 0.05, Math.max(segment.fromKm + 0.05, km));
      const placed = placeInland(random, {
        line: nearest.line, fromKm: clamp(nearest.km - 2), toKm: clamp(nearest.km + 2),
        preferKm: clamp(nearest.km + random.float(-1.5, 1.5)), offsetKm: [0.3, 1.5],
        inside: geometryOf(context, segment.countyCode),
      });
      if (placed.fallback) fallbacks++;
      Object.assign(draft, { km: placed.km, point: placed.point, port });
    }
  }
  return fallbacks;
}
