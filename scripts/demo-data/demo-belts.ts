// 示范带: about 20 demonstration belts, each following a synthetic road that runs roughly
// parallel to the border 3–15 km inside it for 30–80 km, listing the villages it serves.
import { geometryOf, lineOf, type DemoContext } from './demo-context';
import type { AdminUnit } from './demo-model';
import {
  bearingAlongKm, createLocalProjection, destinationPoint, distanceToLineKm, lineLengthKm, pointAlongKm, roundLonLat,
  type LonLat,
} from './geodesy';
import { geometryBox, mapPositions } from './geojson-geometry';
import { distance, isSimple, toJsts } from './jsts-adapter';
import { boxAround, boxesIntersect } from './line-clip';
import { pointInPolygon } from './point-in-polygon';
import type { Random } from './seeded-random';
import { stretchLengthKm, type Stretch } from './stretches';

export interface DemoBelt {
  code: string;
  name: string;
  nameZh: string;
  widthMeters: number;
  villages: string[];
  coordinates: LonLat[];
}

const BELT_KM: [min: number, max: number] = [30, 80];
const INSET_KM: [min: number, max: number] = [3, 15];
/** A village counts as on the belt if its polygon comes within half the width plus this. */
const VILLAGE_REACH_KM = 3;

export function generateDemoBelts(context: DemoContext, random: Random): DemoBelt[] {
  const longest = (county: AdminUnit) => [...county.stretches].sort((a, b) => stretchLengthKm(b) - stretchLengthKm(a))[0]!;
  const eligible = context.units.filter((u) => u.level === 'county' && stretchLengthKm(longest(u)) >= 35);
  const target = Math.min(eligible.length, random.int(19, 21));
  const belts: { county: AdminUnit; belt: Omit<DemoBelt, 'code'> }[] = [];
  for (const county of random.shuffle(eligible)) {
    if (belts.length === target) break;
    const belt = layBelt(context, random, county, longest(county));
    if (belt) belts.push({ county, belt });
    else context.log(`  no demonstration belt fits in ${county.name}`);
  }
  const order = (u: AdminUnit) => context.units.indexOf(u);
  return belts.sort((a, b) => order(a.county) - order(b.county)).map(({ belt }, i) => ({ code: `SFD-${String(i + 1).padStart(2, '0')}`, ...belt }));
}

function layBelt(context: DemoContext, random: Random, county: AdminUnit, stretch: Stretch): Omit<DemoBelt, 'code'> | null {
  const line = lineOf(context, stretch.lineId);
  const regionLines = context.lines.filter((l) => l.region === county.region);
  const china = context.chinaByRegion[county.region];
  for (let attempt = 0; attempt < 16; attempt++) {
    const baseKm = Math.min(stretchLengthKm(stretch), random.float(38, 75));
    const startKm = stretch.fromKm + random.float(0, stretchLengthKm(stretch) - baseKm);
    const insetKm = attempt < 8 ? random.float(5, 10) : random.float(4, 7);
    const swingKm = random.float(0.5, 2.5);
    const periodKm = random.float(15, 40);
    const phase = random.float(0, 2 * Math.PI);
    const raw: LonLat[] = [];
    for (let t = 0; t <= baseKm; t += 1) {
      const km = startKm + t;
      const bearing = bearingAlongKm(line.coordinates, km, line.cumKm, 3);
      const offset = insetKm + swingKm * Math.sin((2 * Math.PI * t) / periodKm + phase);
      raw.push(destinationPoint(pointAlongKm(line.coordinates, km, line.cumKm), bearing - 90, offset));
    }
    const road = dedupe(smooth(smooth(smooth(raw))).map(roundLonLat));
    const lengthKm = lineLengthKm(road);
    if (lengthKm < BELT_KM[0] || lengthKm > BELT_KM[1]) continue;
    const insideBand = road.every((p) => {
      const d = Math.min(...regionLines.map((l) => distanceToLineKm(p, l.coordinates)));
      return d >= INSET_KM[0] && d <= INSET_KM[1] && pointInPolygon(p, china);
    });
    if (!insideBand || !isSimple(toJsts({ type: 'LineString', coordinates: road }))) continue;
    const widthMeters = random.int(20, 50) * 100;
    const villages = villagesNear(context, county, road, widthMeters / 2000 + VILLAGE_REACH_KM);
    if (villages.length < 2) continue;
    return {
      name: `${county.label} Border Party-Building Demonstration Belt`,
      nameZh: `${county.labelZh}边境党建示范带`,
      widthMeters,
      villages,
      coordinates: road,
    };
  }
  return null;
}

/** Moving average over three points; keeps the ends, irons out the line's kinks. */
function smooth(points: readonly LonLat[]): LonLat[] {
  return points.map((p, i) => {
    if (i === 0 || i === points.length - 1) return p;
    const [a, c] = [points[i - 1]!, points[i + 1]!];
    return [(a[0] + 2 * p[0] + c[0]) / 4, (a[1] + 2 * p[1] + c[1]) / 4];
  });
}

const dedupe = (points: LonLat[]) => points.filter((p, i) => i === 0 || p[0] !== points[i - 1]![0] || p[1] !== points[i - 1]![1]);

function villagesNear(context: DemoContext, county: AdminUnit, road: readonly LonLat[], reachKm: number): string[] {
  const box = boxAround(road, reachKm / 50 + 0.05);
  const projection = createLocalProjection(road[Math.floor(road.length / 2)]!);
  const roadXY = toJsts({ type: 'LineString', coordinates: road.map(projection.project) });
  return context.units
    .filter((u) => u.level === 'village' && u.region === county.region)
    .filter((u) => boxesIntersect(geometryBox(geometryOf(context, u.code)), box))
    .filter((u) => distance(roadXY, toJsts(mapPositions(geometryOf(context, u.code), projection.project))) <= reachKm)
    .map((u) => u.code);
}
