// 驻防点: about 400 posts where party, government, military, police and civilian people (党政军警民)
// are stationed together, 0.5–5 km inland, more along longer segments.
import { allocateExactly } from './count-allocation';
import { geometryOf, lineOf, type DemoContext } from './demo-context';
import type { LonLat } from './geodesy';
import { placeInland } from './inland-placement';
import type { Random } from './seeded-random';

export interface DutyPersonnel {
  party: number;
  government: number;
  military: number;
  police: number;
  civilian: number;
}

export interface DutyPost {
  code: string;
  name: string;
  nameZh: string;
  segmentCode: string;
  personnel: DutyPersonnel;
  point: LonLat;
}

export function generateDutyPosts(context: DemoContext, random: Random): DutyPost[] {
  const total = random.int(385, 415);
  const counts = allocateExactly(total, context.segments.map((s) => (s.toKm - s.fromKm) * random.float(0.3, 1.7)));
  const placed = context.segments.flatMap((segment, i) => Array.from({ length: counts[i]! }, () => {
    const at = placeInland(random, {
      line: lineOf(context, segment.lineId), fromKm: segment.fromKm, toKm: segment.toKm, offsetKm: [0.5, 5],
      inside: geometryOf(context, segment.countyCode),
    });
    return { segment, km: at.km, point: at.point };
  }));
  const lineOrder = new Map(context.lines.map((l, i) => [l.id, i]));
  placed.sort((a, b) => lineOrder.get(a.segment.lineId)! - lineOrder.get(b.segment.lineId)! || a.km - b.km);

  const serials = new Map<string, number>();
  return placed.map(({ segment, point }, i) => {
    const township = context.unitsByCode.get(segment.townshipCode)!;
    const serial = (serials.get(township.code) ?? 0) + 1;
    serials.set(township.code, serial);
    return {
      code: `ZF-${String(i + 1).padStart(4, '0')}`,
      name: `${township.label} Duty Post ${serial}`,
      nameZh: `${township.labelZh}${serial}号驻防点`,
      segmentCode: segment.code,
      personnel: staffPost(random),
      point,
    };
  });
}

/** 5–60 people; militia and civilian border guards usually outnumber officials. */
function staffPost(random: Random): DutyPersonnel {
  const total = random.int(5, 60);
  const [party, government, military, police, civilian] = allocateExactly(total, [
    random.float(0.5, 1.5), random.float(0.3, 1), random.float(0.5, 2), random.float(0.5, 1.5), random.float(0.5, 2.5),
  ]);
  return { party: party!, government: government!, military: military!, police: police!, civilian: civilian! };
}
