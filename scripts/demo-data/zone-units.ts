// Who holds a responsibility zone: one of the five kinds of unit (党政军警民) at a plausible level,
// named after the admin area it belongs to, e.g. 勐海边境管理大队, 打洛镇人民政府, 曼约民兵连.
import type { AdminLevel, AdminUnit } from './demo-model';
import type { SegmentChief } from './segment-chiefs';
import type { Random } from './seeded-random';
import { makePersonName } from './synthetic-names';

export type UnitType = 'party' | 'government' | 'military' | 'police' | 'civilian';

export interface ZoneUnit {
  unitName: string;
  unitType: UnitType;
  level: AdminLevel;
  chief: string | null;
}

export interface ZoneArea {
  prefecture: AdminUnit;
  county: AdminUnit;
  township: AdminUnit;
  village: AdminUnit;
}

type Option = { type: UnitType; weight: number; area: keyof ZoneArea; zh: (u: AdminUnit) => string; en: (u: AdminUnit) => string };

const OPTIONS: readonly Option[] = [
  { type: 'party', weight: 14, area: 'village', zh: (u) => `${u.nameZh}党总支`, en: (u) => `${u.name} Party General Branch` },
  { type: 'party', weight: 8, area: 'township', zh: (u) => `${u.nameZh}党委`, en: (u) => `${u.name} Party Committee` },
  { type: 'government', weight: 18, area: 'township', zh: (u) => `${u.nameZh}人民政府`, en: (u) => `${u.name} People's Government` },
  { type: 'government', weight: 5, area: 'county', zh: (u) => `${u.nameZh}人民政府`, en: (u) => `${u.name} People's Government` },
  { type: 'military', weight: 10, area: 'township', zh: (u) => `${u.labelZh}民兵连`, en: (u) => `${u.label} Militia Company` },
  { type: 'military', weight: 4, area: 'county', zh: (u) => `${u.labelZh}人民武装部`, en: (u) => `${u.label} People's Armed Forces Department` },
  { type: 'police', weight: 12, area: 'county', zh: (u) => `${u.labelZh}边境管理大队`, en: (u) => `${u.label} Border Management Brigade` },
  { type: 'police', weight: 8, area: 'township', zh: (u) => `${u.labelZh}边境派出所`, en: (u) => `${u.label} Border Police Station` },
  { type: 'police', weight: 2, area: 'prefecture', zh: (u) => `${u.labelZh}边境管理支队`, en: (u) => `${u.label} Border Management Detachment` },
  { type: 'civilian', weight: 12, area: 'village', zh: (u) => `${u.labelZh}护边员队`, en: (u) => `${u.label} Border Guard Volunteers` },
  { type: 'civilian', weight: 7, area: 'village', zh: (u) => `${u.labelZh}护村队`, en: (u) => `${u.label} Village Patrol Team` },
];

/**
 * Party and government units are led by the area's segment chief; the others get a fake person of
 * their own. About one zone in ten has no chief recorded — a gap for the data-quality views.
 */
export function chooseZoneUnit(random: Random, area: ZoneArea, chiefs: ReadonlyMap<string, SegmentChief>): ZoneUnit {
  const option = OPTIONS[random.weightedIndex(OPTIONS.map((o) => o.weight))]!;
  const unit = area[option.area];
  const person = option.type === 'party' || option.type === 'government' ? chiefs.get(unit.code)! : makePersonName(random);
  return {
    unitName: `${option.zh(unit)} / ${option.en(unit)}`,
    unitType: option.type,
    level: unit.level,
    chief: random.chance(0.1) ? null : `${person.nameZh} (${person.name})`,
  };
}
