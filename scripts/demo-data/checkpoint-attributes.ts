// Kind, status, staffing and name of one checkpoint. The mixes are the brief's: kinds about
// 70/18/10/2 % (ports come from real-ports, ~2 %), statuses about 78/14/5/3 %.
import type { AdminUnit } from './demo-model';
import type { RealPort } from './real-ports';
import type { Random } from './seeded-random';

export type CheckpointKind = 'checkpoint' | 'section_post' | 'separation_point' | 'port';
export type CheckpointStatus = 'staffed' | 'unstaffed' | 'alert' | 'closed';

const KINDS: readonly [CheckpointKind, number][] = [['checkpoint', 70], ['section_post', 18], ['separation_point', 10]];
const STATUSES: readonly [CheckpointStatus, number][] = [['staffed', 78], ['unstaffed', 14], ['alert', 5], ['closed', 3]];

const KIND_LABEL: Record<CheckpointKind, [zh: string, en: string]> = {
  checkpoint: ['卡点', 'Checkpoint'],
  section_post: ['执勤哨所', 'Section Post'],
  separation_point: ['分离点', 'Separation Point'],
  port: ['卡点', 'Checkpoint'],
};

/** Typical crew when staffed: ports run lanes around the clock, separation points are small. */
const STAFFED_RANGE: Record<CheckpointKind, [min: number, max: number]> = {
  checkpoint: [2, 12],
  section_post: [3, 15],
  separation_point: [1, 6],
  port: [12, 30],
};

export interface CheckpointDescription {
  name: string;
  nameZh: string;
  kind: CheckpointKind;
  status: CheckpointStatus;
  staffed24h: boolean;
  personnel: number;
}

const pickWeighted = <T>(random: Random, table: readonly [T, number][]): T =>
  table[random.weightedIndex(table.map(([, w]) => w))]![0];

export function describeCheckpoint(
  random: Random, at: { township: AdminUnit; port: RealPort | null; serial: number },
): CheckpointDescription {
  const kind: CheckpointKind = at.port ? 'port' : pickWeighted(random, KINDS);
  const status: CheckpointStatus = at.port ? 'staffed' : pickWeighted(random, STATUSES);
  const [labelZh, labelEn] = KIND_LABEL[kind];
  const [min, max] = STAFFED_RANGE[kind];
  const personnel = status === 'staffed' ? random.int(min, max)
    : status === 'alert' ? random.int(Math.max(1, min), Math.min(30, max + 8)) : 0;
  const staffed24h = kind === 'port' || (status === 'staffed' && random.chance(0.8)) || (status === 'alert' && random.chance(0.5));
  const name = at.port
    ? { name: `${at.port.name} Port ${labelEn} ${at.serial}`, nameZh: `${at.port.nameZh}口岸${at.serial}号${labelZh}` }
    : { name: `${at.township.label} ${labelEn} ${at.serial}`, nameZh: `${at.township.labelZh}${at.serial}号${labelZh}` };
  return { ...name, kind, status, staffed24h, personnel };
}
