// 党支部: exactly 3,851 temporary branches (临时党支部) set up at the checkpoints — 1,727 of them
// cover two neighbouring checkpoints of one segment, the rest one each, so all 5,578 are covered
// exactly once — plus the permanent branch of every village, at a point inside the village.
import type { Checkpoint } from './checkpoints';
import { geometryOf, type DemoContext } from './demo-context';
import { roundLonLat, type LonLat } from './geodesy';
import { interiorPoint, toJsts } from './jsts-adapter';
import type { Random } from './seeded-random';

export const TEMPORARY_BRANCH_TOTAL = 3851;

export interface PartyBranch {
  code: string;
  name: string;
  nameZh: string;
  temporary: boolean;
  adminAreaCode: string;
  members: number;
  point: LonLat;
}

/** Start indices of disjoint pairs of consecutive checkpoints on the same segment. */
function choosePairs(random: Random, checkpoints: readonly Checkpoint[], pairCount: number): Set<number> {
  const candidates = checkpoints.flatMap((c, i) =>
    i + 1 < checkpoints.length && checkpoints[i + 1]!.segmentCode === c.segmentCode ? [i] : []);
  const used = new Set<number>();
  const starts = new Set<number>();
  for (const i of random.shuffle(candidates)) {
    if (starts.size === pairCount) break;
    if (used.has(i) || used.has(i + 1)) continue;
    used.add(i).add(i + 1);
    starts.add(i);
  }
  if (starts.size < pairCount) throw new Error(`only ${starts.size} checkpoint pairs for ${pairCount} shared branches`);
  return starts;
}

/** Sets each checkpoint's branchCode as a side effect of founding its branch. */
export function generateBranches(context: DemoContext, checkpoints: Checkpoint[], random: Random): PartyBranch[] {
  const pairStarts = choosePairs(random, checkpoints, checkpoints.length - TEMPORARY_BRANCH_TOTAL);
  const branches: PartyBranch[] = [];
  for (let i = 0; i < checkpoints.length; i++) {
    const covered = pairStarts.has(i) ? [checkpoints[i]!, checkpoints[i + 1]!] : [checkpoints[i]!];
    const first = covered[0]!;
    const code = `BR-T-${String(branches.length + 1).padStart(5, '0')}`;
    const joint = covered.length > 1;
    branches.push({
      code,
      name: `${first.name} ${joint ? 'Joint ' : ''}Temporary Party Branch`,
      nameZh: `${first.nameZh}${joint ? '联合' : ''}临时党支部`,
      temporary: true,
      adminAreaCode: first.villageCode,
      members: random.int(3, 15),
      point: roundLonLat([
        covered.reduce((sum, c) => sum + c.point[0], 0) / covered.length,
        covered.reduce((sum, c) => sum + c.point[1], 0) / covered.length,
      ]),
    });
    for (const c of covered) c.branchCode = code;
    i += covered.length - 1;
  }
  for (const village of context.units.filter((u) => u.level === 'village')) {
    branches.push({
      code: `BR-V-${village.code}`,
      name: `${village.name} Party Branch`,
      nameZh: `${village.nameZh}党支部`,
      temporary: false,
      adminAreaCode: village.code,
      members: random.int(3, 15),
      point: roundLonLat(interiorPoint(toJsts(geometryOf(context, village.code)))),
    });
  }
  return branches;
}
