import type { Layer } from '@deck.gl/core';
import { MVTLayer } from '@deck.gl/geo-layers';
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, Geometry } from 'geojson';
import type { CheckpointKind, CheckpointStatus } from '../state/domain';
import { CHECKPOINT_CELLS_BELOW_ZOOM } from './checkpoint-cells';
import { CHECKPOINT_KIND_STYLE, CHECKPOINT_STATUS_COLORS, PALETTE, rgba } from './map-palette';

// The deck.gl layers, built in one pure function from plain state with stable ids: deck.gl diffs
// them by id, so rebuilding on every state change is cheap. Loaded only once the map needs them
// (deck-overlay.ts): below z8.5 MapLibre draws the checkpoint cells itself.

/** A checkpoint tile feature: one checkpoint from z9, or a grid cell with its status mix below (MapLibre's). */
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

/** Whether a checkpoint passes the area, kind and status filters. Cells are MapLibre's (checkpoint-cells.ts). */
export function checkpointPasses(p: CheckpointProperties, state: Pick<DeckLayersState, 'kinds' | 'statuses' | 'adminArea'>): boolean {
  if (p.cluster === true) return false;
  const county = state.adminArea?.slice(0, 6);
  if (county && p.countyCode !== undefined && !p.countyCode.startsWith(county)) return false;
  return (state.kinds.length === 0 || (p.kind !== undefined && state.kinds.includes(p.kind)))
    && (state.statuses.length === 0 || (p.status !== undefined && state.statuses.includes(p.status)));
}

const kindStyle = (p: CheckpointProperties) => CHECKPOINT_KIND_STYLE[p.kind ?? 'checkpoint'] ?? CHECKPOINT_KIND_STYLE.checkpoint;

function checkpointSubLayers(props: Record<string, unknown> & { id: string; data: unknown }, state: DeckLayersState) {
  const all = Array.isArray(props.data) ? (props.data as CheckpointFeature[]) : [];
  const features = all.filter((f) => checkpointPasses(f.properties, state));
  const selected = state.selectedCheckpoint ? features.filter((f) => f.properties.code === state.selectedCheckpoint) : [];
  const layers: Layer[] = [
    new GeoJsonLayer<CheckpointProperties>({
      ...props,
      id: props.id,
      data: features,
      pointType: 'circle',
      stroked: true,
      filled: true,
      pointRadiusUnits: 'pixels',
      lineWidthUnits: 'pixels',
      getPointRadius: (f) => kindStyle(f.properties).radiusPx,
      getFillColor: (f) => rgba(CHECKPOINT_STATUS_COLORS[f.properties.status ?? 'staffed'] ?? CHECKPOINT_STATUS_COLORS.staffed),
      getLineColor: (f) => rgba(kindStyle(f.properties).ring),
      getLineWidth: (f) => kindStyle(f.properties).ringPx,
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
    // Single checkpoints only: deck.gl asks for tile zoom round(z), so nothing below z8.5.
    minZoom: CHECKPOINT_CELLS_BELOW_ZOOM,
    maxZoom: 16,
    pickable: true,
    uniqueIdProperty: 'code',
    loadOptions: { mvt: { workerUrl: state.mvtWorkerUrl } },
    renderSubLayers: (sub) => checkpointSubLayers(sub as unknown as Parameters<typeof checkpointSubLayers>[0], state),
    // renderSubLayers closes over the filters; this tells the tile layer to call it again (without refetching).
    updateTriggers: {
      renderSubLayers: [state.kinds.join(','), state.statuses.join(','), state.adminArea ?? '', state.selectedCheckpoint ?? ''],
    },
  })];
}
