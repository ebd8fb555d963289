// 责任区 (包段): each zone takes a run of 2–6 consecutive segments of one county on one line. The
// polygon is a ~5 km strip on the national side plus a 200 m band across the line, so the border
// lies strictly inside it; it keeps 250 m clear of every other part of the border, so it covers
// no border but its own. A few gaps and double claims are left in on purpose and listed as defects.
import { buildStrip, stretchCoordinates } from './corridor-strip';
import { lineOf, type DemoContext } from './demo-context';
import type { BorderSegment } from './demo-model';
import type { Areal } from './geojson-geometry';
import { boxAround, clipLineToBox } from './line-clip';
import type { SegmentChief } from './segment-chiefs';
import type { Random } from './seeded-random';
import { chooseZoneUnit, type ZoneUnit } from './zone-units';
import { injectDefects, type CoverageDefect, type ZoneRun } from './zone-defects';

export interface ResponsibilityZone extends ZoneUnit {
  code: string;
  name: string;
  nameZh: string;
  segmentCodes: string[];
  geometry: Areal;
}

export const ZONE_DEPTH_KM = 5;
export const ZONE_MARGIN_KM = 0.2;
export const ZONE_CLEARANCE_KM = 0.25;

/** Sizes of consecutive runs of 2–6 (a single leftover is never left alone). */
function runSizes(random: Random, n: number): number[] {
  const sizes: number[] = [];
  for (let left = n; left > 0;) {
    if (left <= 6) {
      sizes.push(left);
      break;
    }
    let k = random.int(2, 6);
    if (left - k === 1) k = k === 6 ? 5 : k + 1;
    sizes.push(k);
    left -= k;
  }
  return sizes;
}

function planRuns(context: DemoContext, random: Random): ZoneRun[] {
  const runs: ZoneRun[] = [];
  for (const line of context.lines) {
    const onLine = context.segments.filter((s) => s.lineId === line.id).sort((a, b) => a.seq - b.seq);
    // Group by county: a zone never spans two counties.
    const groups: BorderSegment[][] = [];
    for (const s of onLine) {
      const last = groups.at(-1);
      if (last && last[0]!.countyCode === s.countyCode) last.push(s);
      else groups.push([s]);
    }
    for (const group of groups) {
      let start = 0;
      for (const size of runSizes(random, group.length)) {
        const segments = group.slice(start, (start += size));
        runs.push({ lineId: line.id, segments, fromKm: segments[0]!.fromKm, toKm: segments.at(-1)!.toKm });
      }
    }
  }
  return runs;
}

export function generateZones(
  context: DemoContext, chiefs: ReadonlyMap<string, SegmentChief>, random: Random,
): { zones: ResponsibilityZone[]; defects: CoverageDefect[] } {
  const { runs, defects } = injectDefects(random, planRuns(context, random));
  const serials = new Map<string, number>();
  const zones = runs.map((run, i): ResponsibilityZone => {
    const first = run.segments[0]!;
    const village = context.unitsByCode.get(first.villageCode)!;
    const township = context.unitsByCode.get(first.townshipCode)!;
    const county = context.unitsByCode.get(first.countyCode)!;
    const prefecture = context.unitsByCode.get(county.parentCode!)!;
    const serial = (serials.get(township.code) ?? 0) + 1;
    serials.set(township.code, serial);
    return {
      code: `ZR-${String(i + 1).padStart(4, '0')}`,
      name: `${township.label} Responsibility Zone ${serial}`,
      nameZh: `${township.labelZh}${serial}号责任区`,
      ...chooseZoneUnit(random, { prefecture, county, township, village }, chiefs),
      segmentCodes: run.segments.map((s) => s.code),
      geometry: zoneGeometry(context, run),
    };
  });
  return { zones, defects };
}

function zoneGeometry(context: DemoContext, run: ZoneRun): Areal {
  const line = lineOf(context, run.lineId);
  const own = { lineId: run.lineId, fromKm: run.fromKm, toKm: run.toKm };
  const near = boxAround(stretchCoordinates(context.linesById, own), 0.15);
  // Everything of the region's border except this zone's own stretch, near enough to matter.
  const others = [
    ...(run.fromKm > 0 ? [stretchCoordinates(context.linesById, { ...own, fromKm: 0, toKm: run.fromKm })] : []),
    ...(run.toKm < line.lengthKm ? [stretchCoordinates(context.linesById, { ...own, fromKm: run.toKm, toKm: line.lengthKm })] : []),
    ...context.lines.filter((l) => l.region === line.region && l.id !== line.id).map((l) => l.coordinates),
  ].flatMap((coords) => clipLineToBox(coords, near));
  const geometry = buildStrip(context.linesById, [own], {
    depthKm: ZONE_DEPTH_KM, within: context.chinaByRegion[line.region],
    clearOf: others, clearanceKm: ZONE_CLEARANCE_KM, marginKm: ZONE_MARGIN_KM,
  });
  if (!geometry) throw new Error(`no geometry for the zone on ${run.lineId} ${run.fromKm}–${run.toKm}`);
  return geometry;
}
