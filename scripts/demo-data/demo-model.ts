// The generator's internal model: admin units and segments hold stretches of border lines; every
// geometry and every feature is derived from these.
import type { Region } from './border-lines';
import type { Stretch } from './stretches';

export type AdminLevel = 'province' | 'prefecture' | 'county' | 'township' | 'village';
export const ADMIN_LEVELS: readonly AdminLevel[] = ['province', 'prefecture', 'county', 'township', 'village'];

export interface AdminUnit {
  code: string;
  name: string;
  nameZh: string;
  level: AdminLevel;
  parentCode: string | null;
  region: Region;
  /** Short forms for labels: 勐满 / Mengman for 勐满镇 / Mengman Town. */
  labelZh: string;
  label: string;
  /** county | city | banner for counties; the unit suffix (镇, 乡, 苏木, 村, 嘎查) below. */
  kind: string;
  stretches: Stretch[];
}

export interface BorderSegment {
  code: string;
  lineId: string;
  seq: number;
  fromKm: number;
  toKm: number;
  countyCode: string;
  townshipCode: string;
  villageCode: string;
}
