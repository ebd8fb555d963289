import type { Layer } from '@deck.gl/core';
import { MVTLayer } from '@deck.gl/geo-layers';
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, Geometry } from 'geojson';
import type { CheckpointKind, CheckpointStatus } from '../state/domain';
import { CHECKPOINT_KIND_STYLE, CHECKPOINT_STATUS_COLORS, INK, PALETTE, rgba } from './map-palette';

// The deck.gl layers, built in one pure function from plain state with stable ids: deck.gl diffs
// them by id, so rebuilding on every state change is cheap.

/** A checkpoint tile feature: one checkpoint from z9, or a grid cell with its status mix below. */
export interface CheckpointProperties {
  code?: string;
  kind?: CheckpointKind;
  status?: CheckpointStatus;
  staffed24h?: boolean;
  personnel?: number;
  segmentCode?: string;
  countyCode?: string;
  name?: string;
  nameZh?: string;
  cluster?: boolean;
  count?: number;
  staffed?: number;
  unstaffed?: number;
  alert?: number;
  closed?: number;
}
export type CheckpointFeature = Feature<Geometry, CheckpointProperties>;

export interface DeckLayersState {
  /** The MVT URL template from the checkpoints TileJSON (carries `?v=`); null until it is read. */
  checkpointTiles: string | null;
  visible: boolean;
  kinds: readonly CheckpointKind[];
  statuses: readonly CheckpointStatus[];
  /** An admin area code; checkpoints carry their county, so a township narrows to its county. */
  adminArea?: string | null;
  selectedCheckpoint: string | null;
  /** The MapLibre layer the checkpoints are drawn under (interleaved); undefined draws them on top. */
  beforeId: string | undefined;
  /**
   * An absolute URL of loaders.gl's MVT worker script, served by us: without one, loaders.gl
   * fetches it from unpkg.com, which an air-gapped command center cannot reach.
   */
  mvtWorkerUrl: string;
}

export const CHECKPOINTS_LAYER_ID = 'checkpoints';

export const isCluster = (p: CheckpointProperties) => p.cluster === true;

/** A cell's count among the chosen statuses (cells know their status mix, not their kinds). */
export function clusterCount(p: CheckpointProperties, statuses: readonly CheckpointStatus[]): number {
  if (statuses.length === 0) return p.count ?? 0;
  return statuses.reduce((sum, s) => sum + (p[s] ?? 0), 0);
}

/** Whether a feature passes the kind and status filters; a cell passes while any of it does. */
export function checkpointPasses(p: CheckpointProperties, state: Pick<DeckLayersState, 'kinds' | 'statuses' | 'adminArea'>): boolean {
  if (isCluster(p)) return clusterCount(p, state.statuses) > 0;
  const county = state.adminArea?.slice(0, 6);
  if (county && p.countyCode !== undefined && !p.countyCode.startsWith(county)) return false;
  return (state.kinds.length === 0 || (p.kind !== undefined && state.kinds.includes(p.kind)))
    && (state.statuses.length === 0 || (p.status !== undefined && state.statuses.includes(p.status)));
}

const alertCount = (p: CheckpointProperties, statuses: readonly CheckpointStatus[]) =>
  statuses.length === 0 || statuses.includes('alert') ? p.alert ?? 0 : 0;

// Area grows with the count; a one-checkpoint cell still fits its number.
const clusterRadiusPx = (count: number) => Math.min(22, 4 + 1.8 * Math.sqrt(count));
const kindStyle = (p: CheckpointProperties) => CHECKPOINT_KIND_STYLE[p.kind ?? 'checkpoint'] ?? CHECKPOINT_KIND_STYLE.checkpoint;

/** The smallest distance between two drawn cells, as a fraction of a 512-pixel tile. */
export const CELL_TILE_FRACTION = 48 / 512;

/**
 * Merges the cells of one tile that fall in the same 48-pixel square, summing their counts, at
 * their count-weighted centre. The tile engine's grid is finer than that today (its 48 "pixels"
 * are 48 units of a 4096 extent, 6 screen pixels); once it matches, this changes nothing.
 * Coordinates are tile-local (0..1), as MVTLayer's loader gives them.
 */
export function regroupCells(features: readonly CheckpointFeature[], cell = CELL_TILE_FRACTION): CheckpointFeature[] {
  const out: CheckpointFeature[] = [];
  const groups = new Map<string, { x: number; y: number; weight: number; p: Required<Pick<CheckpointProperties, 'count' | CheckpointStatus>> }>();
  for (const f of features) {
    if (!isCluster(f.properties) || f.geometry.type !== 'Point') {
      out.push(f);
      continue;
    }
    const [x = 0, y = 0] = f.geometry.coordinates;
    const key = `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
    const g = groups.get(key) ?? { x: 0, y: 0, weight: 0, p: { count: 0, staffed: 0, unstaffed: 0, alert: 0, closed: 0 } };
    const n = Math.max(1, f.properties.count ?? 0);
    g.x += x * n;
    g.y += y * n;
    g.weight += n;
    for (const k of ['count', 'staffed', 'unstaffed', 'alert', 'closed'] as const) g.p[k] += f.properties[k] ?? 0;
    groups.set(key, g);
  }
  for (const g of groups.values()) {
    out.push({
      type: 'Feature', geometry: { type: 'Point', coordinates: [g.x / g.weight, g.y / g.weight] },
      properties: { cluster: true, ...g.p },
    });
  }
  return out;
}

function checkpointSubLayers(props: Record<string, unknown> & { id: string; data: unknown }, state: DeckLayersState) {
  const all = Array.isArray(props.data) ? (props.data as CheckpointFeature[]) : [];
  const features = regroupCells(all).filter((f) => checkpointPasses(f.properties, state));
  const selected = state.selectedCheckpoint ? features.filter((f) => f.properties.code === state.selectedCheckpoint) : [];
  const statuses = state.statuses;
  const layers: Layer[] = [
    new GeoJsonLayer<CheckpointProperties>({
      ...props,
      id: props.id,
      data: features,
      // Counts only where a tile has cells: a text layer with nothing to write warns on every frame.
      pointType: features.some((f) => isCluster(f.properties)) ? 'circle+text' : 'circle',
      stroked: true,
      filled: true,
      pointRadiusUnits: 'pixels',
      lineWidthUnits: 'pixels',
      getPointRadius: (f) => (isCluster(f.properties) ? clusterRadiusPx(clusterCount(f.properties, statuses)) : kindStyle(f.properties).radiusPx),
      getFillColor: (f) => (isCluster(f.properties)
        ? rgba(PALETTE.checkpointCluster, 225)
        : rgba(CHECKPOINT_STATUS_COLORS[f.properties.status ?? 'staffed'] ?? CHECKPOINT_STATUS_COLORS.staffed)),
      getLineColor: (f) => {
        if (!isCluster(f.properties)) return rgba(kindStyle(f.properties).ring);
        return rgba(alertCount(f.properties, statuses) > 0 ? PALETTE.checkpointClusterAlertRing : PALETTE.checkpointClusterRing);
      },
      // A cell's ring widens with its share on alert, so a cell with many alerts reads at a glance.
      getLineWidth: (f) => {
        if (!isCluster(f.properties)) return kindStyle(f.properties).ringPx;
        const count = clusterCount(f.properties, statuses);
        const alert = alertCount(f.properties, statuses);
        return alert > 0 && count > 0 ? 1.5 + Math.min(3.5, (15 * alert) / count) : 1;
      },
      getText: (f: CheckpointFeature) => (isCluster(f.properties) ? String(clusterCount(f.properties, statuses)) : ''),
      getTextColor: rgba(INK.clusterCount),
      getTextSize: (f: CheckpointFeature) => (clusterCount(f.properties, statuses) >= 100 ? 10 : 11),
      textSizeUnits: 'pixels',
      textFontWeight: 700,
      textCharacterSet: 'auto',
    }),
  ];
  if (selected.length > 0) {
    layers.push(new GeoJsonLayer<CheckpointProperties>({
      ...props,
      id: `${props.id}-selected`,
      data: selected,
      pickable: false,
      filled: false,
      stroked: true,
      pointRadiusUnits: 'pixels',
      lineWidthUnits: 'pixels',
      getPointRadius: (f) => kindStyle(f.properties).radiusPx + 5,
      getLineColor: rgba(PALETTE.selection),
      getLineWidth: 2.5,
    }));
  }
  return layers;
}

/** Every deck.gl layer of the map, from plain state. */
export function buildLayers(state: DeckLayersState): Layer[] {
  if (!state.checkpointTiles) return [];
  // `beforeId` is read by @deck.gl/maplibre's interleaved overlay, not by deck.gl itself.
  return [new MVTLayer<CheckpointProperties, { beforeId?: string }>({
    id: CHECKPOINTS_LAYER_ID,
    data: state.checkpointTiles,
    beforeId: state.beforeId,
    visible: state.visible,
    binary: false,
    minZoom: 2,
    maxZoom: 16,
    pickable: true,
    uniqueIdProperty: 'code',
    loadOptions: { mvt: { workerUrl: state.mvtWorkerUrl } },
    renderSubLayers: (sub) => checkpointSubLayers(sub as unknown as Parameters<typeof checkpointSubLayers>[0], state),
    // renderSubLayers closes over the filters; this tells the tile layer to call it again (without refetching).
    updateTriggers: {
      renderSubLayers: [state.kinds.join(','), state.statuses.join(','), state.selectedCheckpoint ?? ''],
    },
  })];
}
