import type { Language } from '../state/store';

// The words of the map's tooltips. The store's HoverInfo carries finished text, so the map writes
// it in the interface language; the UI only draws the box.

export type PickedKind = 'checkpoint' | 'checkpoint-cluster' | 'segment' | 'duty-post' | 'demo-belt' | 'zone' | 'branch' | 'branch-cluster';

type Props = Record<string, unknown>;

const WORDS = {
  'zh-CN': {
    checkpoint: '卡点', cluster: '卡点', segment: '边境段', dutyPost: '驻防点', belt: '示范带', zone: '责任区', branch: '党支部',
    count: (n: unknown) => `${String(n)} 个`, personnel: '人员', length: '长度', km: '公里', width: '宽度', m: '米',
    unit: '责任单位', level: '层级', segmentOf: '所属边境段', checkpoints: '卡点', alerts: '告警', members: '党员',
    status: {
      staffed: '在岗', unstaffed: '无人值守', alert: '告警', closed: '关闭', normal: '正常',
    } as Props,
    kind: { checkpoint: '卡点', section_post: '执勤哨所', separation_point: '分界点', port: '口岸' } as Props,
    unitType: { party: '党', government: '政', military: '军', police: '警', civilian: '民' } as Props,
    levelName: { province: '省', prefecture: '州（市）', county: '县（市）', township: '乡（镇）', village: '村' } as Props,
    temporary: '临时党支部', permanent: '村党支部', tapHint: '点击放大',
  },
  en: {
    checkpoint: 'Checkpoint', cluster: 'Checkpoints', segment: 'Border segment', dutyPost: 'Duty post', belt: 'Demonstration belt',
    zone: 'Responsibility zone', branch: 'Party branch',
    count: (n: unknown) => `${String(n)} in this cell`, personnel: 'Personnel', length: 'Length', km: 'km', width: 'Width', m: 'm',
    unit: 'Unit', level: 'Level', segmentOf: 'Segment', checkpoints: 'Checkpoints', alerts: 'On alert', members: 'Members',
    status: { staffed: 'Staffed', unstaffed: 'Unstaffed', alert: 'Alert', closed: 'Closed', normal: 'Normal' } as Props,
    kind: { checkpoint: 'Checkpoint', section_post: 'Section post', separation_point: 'Separation point', port: 'Port' } as Props,
    unitType: { party: 'Party', government: 'Government', military: 'Military', police: 'Police', civilian: 'Civilian' } as Props,
    levelName: { province: 'Province', prefecture: 'Prefecture', county: 'County', township: 'Township', village: 'Village' } as Props,
    temporary: 'Temporary branch', permanent: 'Village branch', tapHint: 'Click to zoom in',
  },
};

const word = (table: Props, key: unknown) => (typeof key === 'string' && typeof table[key] === 'string' ? (table[key] as string) : String(key ?? ''));

/** The feature's name in the interface language, else its code. */
function nameOf(p: Props, language: Language): string | undefined {
  const name = language === 'en' ? p.name ?? p.nameZh : p.nameZh ?? p.name;
  return typeof name === 'string' && name ? name : undefined;
}

const present = (line: string | false | undefined): line is string => typeof line === 'string' && line.length > 0;
const has = (value: unknown) => value !== undefined && value !== null && value !== '';

/** A tooltip's title and lines for a picked feature's properties. */
export function describeFeature(kind: PickedKind, p: Props, language: Language): { title: string; lines: string[] } {
  const w = WORDS[language];
  const code = String(p.code ?? p.id ?? '');
  const named = (label: string) => [nameOf(p, language), code].filter(present).join(' · ') || label;
  switch (kind) {
    case 'checkpoint':
      return {
        title: `${w.checkpoint} ${named('')}`.trim(),
        lines: [
          `${word(w.kind, p.kind)} · ${word(w.status, p.status)}`,
          has(p.personnel) && `${w.personnel}: ${String(p.personnel)}`,
          has(p.segmentCode) && `${w.segmentOf}: ${String(p.segmentCode)}`,
        ].filter(present),
      };
    case 'checkpoint-cluster':
      return {
        title: `${w.cluster} · ${w.count(p.count)}`,
        lines: [
          (['staffed', 'unstaffed', 'alert', 'closed'] as const).map((s) => `${word(w.status, s)} ${String(p[s] ?? 0)}`).join(' · '),
          w.tapHint,
        ],
      };
    case 'segment':
      return {
        title: `${w.segment} ${code}`,
        lines: [
          word(w.status, p.status),
          has(p.lengthKm) && `${w.length}: ${String(p.lengthKm)} ${w.km}`,
          has(p.checkpoints) && `${w.checkpoints}: ${String(p.checkpoints)} · ${w.alerts}: ${String(p.alerts ?? 0)}`,
        ].filter(present),
      };
    case 'duty-post':
      return {
        title: `${w.dutyPost} ${named('')}`.trim(),
        lines: [
          has(p.personnel) && `${w.personnel}: ${String(p.personnel)}`,
          has(p.party) && (['party', 'government', 'military', 'police', 'civilian'] as const)
            .map((t) => `${word(w.unitType, t)} ${String(p[t] ?? 0)}`).join(' · '),
          has(p.segmentCode) && `${w.segmentOf}: ${String(p.segmentCode)}`,
        ].filter(present),
      };
    case 'demo-belt':
      return {
        title: `${w.belt} ${named('')}`.trim(),
        lines: [has(p.widthMeters) && `${w.width}: ${String(p.widthMeters)} ${w.m}`].filter(present),
      };
    case 'zone':
      return {
        title: `${w.zone} ${typeof p.name === 'string' ? p.name : `#${code}`}`,
        lines: [
          `${word(w.unitType, p.unitType)} · ${word(w.levelName, p.level)}`,
          typeof p.unitName === 'string' && `${w.unit}: ${p.unitName}`,
        ].filter(present),
      };
    case 'branch':
      return {
        title: `${w.branch} ${named('')}`.trim(),
        lines: [p.temporary === true ? w.temporary : w.permanent, has(p.members) && `${w.members}: ${String(p.members)}`].filter(present),
      };
    case 'branch-cluster':
      return {
        title: `${w.branch} · ${w.count(p.count)}`,
        lines: [`${w.temporary} ${String(p.temporary ?? 0)} · ${w.permanent} ${String(p.permanent ?? 0)}`],
      };
  }
}
