import type { CheckpointKind, CheckpointStatus, LayerId, UnitType } from '../state/domain';

// Every colour the Corridor layers draw with, chosen for a dark basemap. The legend below is built
// from these same constants, and map-palette.spec.ts checks that it names each one.

export const SEGMENT_STATUS_COLORS = {
  alert: '#ef4444',
  unstaffed: '#f59e0b',
  normal: '#14b8a6',
} as const;
export type SegmentStatus = keyof typeof SEGMENT_STATUS_COLORS;

export const CHECKPOINT_STATUS_COLORS: Record<CheckpointStatus, string> = {
  staffed: '#22c55e',
  unstaffed: '#9ca3af',
  alert: '#ef4444',
  closed: '#3f3f46',
};

/** The ring around a checkpoint tells its kind apart; a port is also drawn bigger. */
export const CHECKPOINT_KIND_STYLE: Record<CheckpointKind, { ring: string; radiusPx: number; ringPx: number }> = {
  port: { ring: '#f8fafc', radiusPx: 7, ringPx: 2 },
  checkpoint: { ring: '#0b1320', radiusPx: 4.5, ringPx: 1 },
  section_post: { ring: '#7dd3fc', radiusPx: 4, ringPx: 1.5 },
  separation_point: { ring: '#c4b5fd', radiusPx: 3.5, ringPx: 1.5 },
};

export const UNIT_TYPE_COLORS: Record<UnitType, string> = {
  party: '#e11d48',
  government: '#3b82f6',
  military: '#65a30d',
  police: '#06b6d4',
  civilian: '#eab308',
};

export const PALETTE = {
  segmentCasing: '#020617',
  /** The halo under a selected line or around a selected point or zone. */
  selection: '#ffffff',
  checkpointCluster: '#1e3a5f',
  checkpointClusterRing: '#e2e8f0',
  checkpointClusterAlertRing: SEGMENT_STATUS_COLORS.alert,
  dutyPost: '#60a5fa',
  dutyPostRing: '#f8fafc',
  branchPermanent: '#e879f9',
  branchTemporary: '#f0abfc',
  branchCluster: '#a21caf',
  beltBand: '#84cc16',
  beltCentre: '#bef264',
  adminOutline: '#94a3b8',
  adminFocus: '#fde047',
} as const;

/**
 * Text colours only: labels and their halos carry no meaning, so they are not legend entries.
 * Everything else drawn on the map is.
 */
export const INK = {
  label: '#e2e8f0',
  labelHalo: '#0b1320',
  clusterCount: '#f8fafc',
} as const;

export const OPACITY = { zoneFill: 0.18, beltBand: 0.28, dimmed: 0.22 } as const;

/** `#rrggbb` + alpha 0..255 as deck.gl's RGBA array. */
export function rgba(hex: string, alpha = 255): [number, number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}

export interface LegendItem {
  key: string;
  color: string;
  /** A ring (points) or casing (lines) drawn with the colour. */
  strokeColor?: string;
  shape: 'line' | 'fill' | 'circle';
  /** Drawn bigger than the rest of its group (ports). */
  sizePx?: number;
  dashed?: boolean;
  labelKey: string;
}

export interface LegendGroup {
  layer: LayerId;
  titleKey: string;
  items: LegendItem[];
}

const entries = <K extends string>(record: Record<K, string>) => Object.entries(record) as Array<[K, string]>;

export const LEGEND: LegendGroup[] = [
  {
    layer: 'border-segments',
    titleKey: 'legend.segmentStatus.title',
    items: [
      ...entries(SEGMENT_STATUS_COLORS).map(([key, color]) => ({
        key, color, strokeColor: PALETTE.segmentCasing, shape: 'line' as const, labelKey: `legend.segmentStatus.${key}`,
      })),
      { key: 'selected', color: PALETTE.selection, shape: 'line', labelKey: 'legend.selected' },
    ],
  },
  {
    layer: 'checkpoints',
    titleKey: 'legend.checkpointStatus.title',
    items: entries(CHECKPOINT_STATUS_COLORS).map(([key, color]) => ({
      key, color, shape: 'circle' as const, labelKey: `legend.checkpointStatus.${key}`,
    })),
  },
  {
    layer: 'checkpoints',
    titleKey: 'legend.checkpointKind.title',
    items: (Object.entries(CHECKPOINT_KIND_STYLE) as Array<[CheckpointKind, (typeof CHECKPOINT_KIND_STYLE)[CheckpointKind]]>)
      .map(([key, style]) => ({
        key, color: CHECKPOINT_STATUS_COLORS.staffed, strokeColor: style.ring, sizePx: style.radiusPx * 2,
        shape: 'circle' as const, labelKey: `legend.checkpointKind.${key}`,
      })),
  },
  {
    layer: 'checkpoints',
    titleKey: 'legend.cluster.title',
    items: [
      { key: 'cluster', color: PALETTE.checkpointCluster, strokeColor: PALETTE.checkpointClusterRing, shape: 'circle', labelKey: 'legend.cluster.plain' },
      { key: 'cluster-alert', color: PALETTE.checkpointCluster, strokeColor: PALETTE.checkpointClusterAlertRing, shape: 'circle', labelKey: 'legend.cluster.alert' },
    ],
  },
  {
    layer: 'duty-posts',
    titleKey: 'legend.dutyPost.title',
    items: [{ key: 'duty-post', color: PALETTE.dutyPost, strokeColor: PALETTE.dutyPostRing, shape: 'circle', labelKey: 'legend.dutyPost.post' }],
  },
  {
    layer: 'demo-belts',
    titleKey: 'legend.demoBelt.title',
    items: [
      { key: 'band', color: PALETTE.beltBand, shape: 'line', labelKey: 'legend.demoBelt.band' },
      { key: 'centre', color: PALETTE.beltCentre, shape: 'line', labelKey: 'legend.demoBelt.centre' },
    ],
  },
  {
    layer: 'zones',
    titleKey: 'legend.unitType.title',
    items: entries(UNIT_TYPE_COLORS).map(([key, color]) => ({
      key, color, shape: 'fill' as const, labelKey: `legend.unitType.${key}`,
    })),
  },
  {
    layer: 'admin-areas',
    titleKey: 'legend.adminArea.title',
    items: [
      { key: 'outline', color: PALETTE.adminOutline, shape: 'line', labelKey: 'legend.adminArea.outline' },
      { key: 'focus', color: PALETTE.adminFocus, shape: 'line', labelKey: 'legend.adminArea.focus' },
    ],
  },
  {
    layer: 'branches',
    titleKey: 'legend.branch.title',
    items: [
      { key: 'permanent', color: PALETTE.branchPermanent, shape: 'circle', labelKey: 'legend.branch.permanent' },
      { key: 'temporary', color: PALETTE.branchTemporary, shape: 'circle', labelKey: 'legend.branch.temporary' },
      { key: 'cluster', color: PALETTE.branchCluster, shape: 'circle', labelKey: 'legend.branch.cluster' },
    ],
  },
];
