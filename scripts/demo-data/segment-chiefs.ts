// 五级段长: every segment has one chief per level, province down to village. A chief belongs to an
// admin unit, so the same person heads every segment in that unit. Names and phones are fake.
import type { AdminLevel, AdminUnit, BorderSegment } from './demo-model';
import type { Random } from './seeded-random';
import { demoPhone, makePersonName } from './synthetic-names';

export interface SegmentChief {
  level: AdminLevel;
  name: string;
  nameZh: string;
  title: string;
  phone: string;
}

const CHIEF_TITLE: Record<AdminLevel, [zh: string, en: string]> = {
  province: ['省级段长', 'Provincial segment chief'],
  prefecture: ['州（市）级段长', 'Prefectural segment chief'],
  county: ['县级段长', 'County segment chief'],
  township: ['乡级段长', 'Township segment chief'],
  village: ['村级段长', 'Village segment chief'],
};

/** The office the chief holds in real life, by the kind of unit they head. */
function roleOf(unit: AdminUnit): [zh: string, en: string] {
  switch (unit.level) {
    case 'province':
      return unit.region === 'yunnan' ? ['副省长', 'Vice Governor'] : ['自治区副主席', 'Vice Chairman of the Autonomous Region'];
    case 'prefecture':
      return unit.kind === 'city' ? ['副市长', 'Deputy Mayor'] : ['副州长', 'Deputy Prefect'];
    case 'county':
      if (unit.kind === 'banner') return ['旗委书记', 'Banner Party Secretary'];
      return unit.kind === 'city' ? ['市委书记', 'City Party Secretary'] : ['县委书记', 'County Party Secretary'];
    case 'township':
      if (unit.kind === '苏木') return ['苏木党委书记', 'Sumu Party Secretary'];
      return unit.kind === '乡' ? ['乡党委书记', 'Township Party Secretary'] : ['镇党委书记', 'Town Party Secretary'];
    case 'village':
      return unit.kind === '嘎查' ? ['嘎查党支部书记', 'Gacha Party Branch Secretary'] : ['村党支部书记', 'Village Party Branch Secretary'];
  }
}

/** One fictitious person per admin unit, phones numbered in unit order. */
export function appointChiefs(units: readonly AdminUnit[], random: Random): Map<string, SegmentChief> {
  const chiefs = new Map<string, SegmentChief>();
  units.forEach((unit, i) => {
    const person = makePersonName(random);
    const [titleZh, titleEn] = CHIEF_TITLE[unit.level];
    const [roleZh, roleEn] = roleOf(unit);
    chiefs.set(unit.code, {
      level: unit.level,
      name: person.name,
      nameZh: person.nameZh,
      title: `${titleZh}（${roleZh}）/ ${titleEn} (${roleEn})`,
      phone: demoPhone(i + 1),
    });
  });
  return chiefs;
}

/** The five chiefs of a segment, province first. */
export function chiefsOfSegment(
  segment: BorderSegment, unitsByCode: ReadonlyMap<string, AdminUnit>, chiefs: ReadonlyMap<string, SegmentChief>,
): SegmentChief[] {
  const county = unitsByCode.get(segment.countyCode)!;
  const prefecture = unitsByCode.get(county.parentCode!)!;
  const chain = [prefecture.parentCode!, prefecture.code, county.code, segment.townshipCode, segment.villageCode];
  return chain.map((code) => {
    const chief = chiefs.get(code);
    if (!chief) throw new Error(`no chief for ${code}`);
    return chief;
  });
}
