// Real land ports on the two borders, at approximate positions (rounded from public maps). The
// generator snaps each to the nearest point of its region's border line and clusters its port
// checkpoints (lanes, gates) around it; nothing else about them is real.
import type { Region } from './border-lines';
import type { LonLat } from './geodesy';

export interface RealPort {
  name: string;
  nameZh: string;
  region: Region;
  approximate: LonLat;
}

export const REAL_PORTS: readonly RealPort[] = [
  { name: 'Pianma', nameZh: '片马', region: 'yunnan', approximate: [98.62, 25.99] },
  { name: 'Tengchong-Houqiao', nameZh: '腾冲猴桥', region: 'yunnan', approximate: [98.25, 25.33] },
  { name: 'Ruili-Jiegao', nameZh: '瑞丽姐告', region: 'yunnan', approximate: [97.9, 24.0] },
  { name: 'Qingshuihe', nameZh: '清水河', region: 'yunnan', approximate: [98.96, 23.57] },
  { name: 'Menghai-Daluo', nameZh: '勐海打洛', region: 'yunnan', approximate: [100.04, 21.7] },
  { name: 'Mengla-Mohan', nameZh: '勐腊磨憨', region: 'yunnan', approximate: [101.69, 21.19] },
  { name: 'Jinping-Jinshuihe', nameZh: '金平金水河', region: 'yunnan', approximate: [103.25, 22.56] },
  { name: 'Hekou', nameZh: '河口', region: 'yunnan', approximate: [103.95, 22.51] },
  { name: 'Malipo-Tianbao', nameZh: '麻栗坡天保', region: 'yunnan', approximate: [104.85, 22.95] },
  { name: 'Ergun-Shiwei', nameZh: '额尔古纳室韦', region: 'hulunbuir', approximate: [119.9, 51.33] },
  { name: 'Ergun-Heishantou', nameZh: '额尔古纳黑山头', region: 'hulunbuir', approximate: [119.33, 50.22] },
  { name: 'Manzhouli', nameZh: '满洲里', region: 'hulunbuir', approximate: [117.4, 49.6] },
  { name: 'Arihashate', nameZh: '阿日哈沙特', region: 'hulunbuir', approximate: [115.78, 48.15] },
  { name: 'Ebuduge', nameZh: '额布都格', region: 'hulunbuir', approximate: [117.8, 47.97] },
];

/** Checkpoints per port: 14 ports × 8 ≈ 2% of all checkpoints. */
export const CHECKPOINTS_PER_PORT = 8;
