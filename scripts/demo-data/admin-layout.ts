// Lays the administrative hierarchy out along the border lines: counties get proportional shares
// of their lines (real order, synthetic split), segments are cut per county, townships are runs
// of whole segments (so each segment has one township) and villages split their township's run.
import { COUNTIES, PREFECTURES, PROVINCES, type CountyEntry } from './admin-catalog';
import { BORDER_DEFINITIONS, type BorderLine } from './border-lines';
import { cutStretch } from './border-segments';
import type { AdminUnit, BorderSegment } from './demo-model';
import type { Random } from './seeded-random';
import { makePlaceName, townshipSuffix, villageSuffix } from './synthetic-names';
import { createStretchIndex, mergeStretches, splitRouteByWeights, type Stretch } from './stretches';

export interface AdminLayout {
  /** Parents before children: provinces, prefectures, counties, townships, villages. */
  units: AdminUnit[];
  segments: BorderSegment[];
}

export function countyStretches(lines: readonly BorderLine[]): Map<string, Stretch[]> {
  const byCounty = new Map<string, Stretch[]>();
  for (const { baseId } of BORDER_DEFINITIONS) {
    const route = lines.filter((l) => l.baseId === baseId).map((l) => ({ lineId: l.id, fromKm: 0, toKm: l.lengthKm }));
    const counties = COUNTIES.filter((c) => c.weights[baseId] !== undefined);
    const parts = splitRouteByWeights(route, counties.map((c) => c.weights[baseId]!));
    counties.forEach((county, i) => byCounty.set(county.code, [...(byCounty.get(county.code) ?? []), ...parts[i]!]));
  }
  return byCounty;
}

/**
 * `count` consecutive groups (fewer only when there are fewer items), each of two items or more
 * where there are enough: a county of 3 segments still gets 2 townships, one of them 1 segment.
 */
function groupConsecutive<T>(random: Random, items: readonly T[], count: number): T[][] {
  const k = Math.min(count, Math.max(2, Math.floor(items.length / 2)), items.length);
  const sizes = new Array<number>(k).fill(items.length >= 2 * k ? 2 : 1);
  for (let left = items.length - sizes.reduce((a, b) => a + b, 0); left > 0; left--) sizes[random.int(0, k - 1)]! += 1;
  let start = 0;
  return sizes.map((size) => items.slice(start, (start += size)));
}

export function layOutAdmin(lines: readonly BorderLine[], randomFor: (label: string) => Random): AdminLayout {
  const stretches = countyStretches(lines);
  const cut = randomFor('segments');
  const naming = randomFor('admin-names');
  const split = randomFor('admin-split');
  const segments: BorderSegment[] = [];
  const counties: AdminUnit[] = [];
  const townships: AdminUnit[] = [];
  const villages: AdminUnit[] = [];
  const usedNames = { yunnan: new Set<string>(), hulunbuir: new Set<string>() };

  for (const entry of COUNTIES) {
    const county = countyUnit(entry, stretches.get(entry.code) ?? []);
    counties.push(county);
    const prefix = PROVINCES.find((p) => p.region === county.region)!.segmentPrefix;
    const countySegments = county.stretches.flatMap((s) => cutStretch(cut, s)).map((s, i): BorderSegment => ({
      code: `${prefix}-${entry.abbr}-${String(i + 1).padStart(3, '0')}`,
      lineId: s.lineId, seq: 0, fromKm: s.fromKm, toKm: s.toKm, countyCode: county.code, townshipCode: '', villageCode: '',
    }));
    segments.push(...countySegments);

    groupConsecutive(split, countySegments, split.int(2, 4)).forEach((group, t) => {
      const base = makePlaceName(naming, county.region, usedNames[county.region]);
      const suffix = townshipSuffix(naming, county.region, entry.kind);
      const township: AdminUnit = {
        code: `${entry.code}${100 + t + 1}`, name: `${base.en} ${suffix.en}`, nameZh: base.zh + suffix.zh,
        level: 'township', parentCode: county.code, region: county.region, labelZh: base.zh, label: base.en,
        kind: suffix.zh, stretches: mergeStretches(group),
      };
      townships.push(township);
      for (const s of group) s.townshipCode = township.code;

      const villageCount = split.int(2, 4);
      const parts = splitRouteByWeights(township.stretches, Array.from({ length: villageCount }, () => split.float(0.7, 1.3)));
      const vSuffix = villageSuffix(county.region, entry.kind);
      parts.forEach((part, v) => {
        const vBase = makePlaceName(naming, county.region, usedNames[county.region]);
        villages.push({
          code: `${township.code}${200 + v + 1}`, name: `${vBase.en} ${vSuffix.en}`, nameZh: vBase.zh + vSuffix.zh,
          level: 'village', parentCode: township.code, region: county.region, labelZh: vBase.zh, label: vBase.en,
          kind: vSuffix.zh, stretches: part,
        });
      });
    });
  }
  numberAlongLines(segments, lines);
  const villageAt = createStretchIndex(villages.map((v) => ({ stretches: v.stretches, owner: v.code })));
  for (const s of segments) s.villageCode = villageAt(s.lineId, (s.fromKm + s.toKm) / 2);
  return { units: [...upperUnits(counties), ...counties, ...townships, ...villages], segments };
}

function countyUnit(entry: CountyEntry, stretches: Stretch[]): AdminUnit {
  const prefecture = PREFECTURES.find((p) => p.code === entry.prefectureCode)!;
  const region = PROVINCES.find((p) => p.code === prefecture.provinceCode)!.region;
  return {
    code: entry.code, name: entry.name, nameZh: entry.nameZh, level: 'county', parentCode: prefecture.code,
    region, labelZh: entry.shortZh, label: entry.shortName, kind: entry.kind, stretches,
  };
}

/** Provinces and prefectures own the stretches of their counties, in route order. */
function upperUnits(counties: readonly AdminUnit[]): AdminUnit[] {
  const prefectures = PREFECTURES.map((p): AdminUnit => {
    const children = counties.filter((c) => c.parentCode === p.code);
    return {
      code: p.code, name: p.name, nameZh: p.nameZh, level: 'prefecture', parentCode: p.provinceCode,
      region: children[0]!.region, labelZh: p.shortZh, label: p.name, kind: p.kind,
      stretches: mergeStretches(children.flatMap((c) => c.stretches)),
    };
  });
  const provinces = PROVINCES.map((p): AdminUnit => ({
    code: p.code, name: p.name, nameZh: p.nameZh, level: 'province', parentCode: null, region: p.region,
    labelZh: p.nameZh, label: p.name, kind: 'province',
    stretches: mergeStretches(counties.filter((c) => c.region === p.region).flatMap((c) => c.stretches)),
  }));
  return [...provinces, ...prefectures];
}

/** seq counts 1, 2, 3… along each line, whichever county a segment belongs to. */
function numberAlongLines(segments: BorderSegment[], lines: readonly BorderLine[]): void {
  for (const line of lines) {
    segments.filter((s) => s.lineId === line.id).sort((a, b) => a.fromKm - b.fromKm).forEach((s, i) => { s.seq = i + 1; });
  }
}
