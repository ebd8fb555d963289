import type { CircleLayerSpecification, ExpressionSpecification, SymbolLayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { CheckpointStatus } from '../state/domain';
import { INK, PALETTE } from './map-palette';

// The checkpoint cells (the tile engine's grid cells with their status mix, below z9) as MapLibre
// circle and text layers, so the first view draws them without loading deck.gl. deck.gl draws the
// single checkpoints from z9 (deck-layers.ts), loaded only when the map gets there.

/** The tile engine's `cluster.belowZoom` for checkpoints: its tiles hold cells below this zoom. */
export const CHECKPOINT_CELLS_BELOW_ZOOM = 9;

/**
 * Where deck.gl takes over. MapLibre draws the tiles of zoom floor(z); deck.gl's tile layer asks
 * for round(z), so it reaches the z9 tiles (single checkpoints) at z8.5, and MapLibre's cells
 * stop there: below it MapLibre draws z8 tiles at most, which hold cells.
 */
export const DECK_CHECKPOINTS_FROM_ZOOM = CHECKPOINT_CELLS_BELOW_ZOOM - 0.5;

const num = (property: string): ExpressionSpecification => ['to-number', ['get', property], 0];

/** A cell's count among the chosen statuses (cells know their status mix, not their kinds). */
export function cellCount(statuses: readonly CheckpointStatus[]): ExpressionSpecification {
  if (statuses.length === 0) return num('count');
  const [first, ...rest] = [...statuses].sort().map(num);
  return rest.length ? ['+', first!, ...rest] : first!;
}

/** A cell's checkpoints on alert, when alert is among the chosen statuses (or none is chosen). */
function cellAlerts(statuses: readonly CheckpointStatus[]): ExpressionSpecification | 0 {
  return statuses.length === 0 || statuses.includes('alert') ? num('alert') : 0;
}

/** The ring widens with the cell's share on alert (1.5–5 px), so a cell with many alerts reads at a glance. */
function ringWidthPx(count: ExpressionSpecification, alerts: ExpressionSpecification | 0): number | ExpressionSpecification {
  if (alerts === 0) return 1;
  return ['case', ['all', ['>', alerts, 0], ['>', count, 0]], ['+', 1.5, ['min', 3.5, ['/', ['*', 15, alerts], count]]], 1];
}

type CellLayer<T> = Omit<T, 'id' | 'source' | 'source-layer' | 'metadata'>;

/**
 * The cells' circle and count layers for the chosen statuses; a cell shows while any of its
 * checkpoints has one. Sized as deck.gl drew them: the area grows with the count (4 + 1.8·√n px,
 * at most 22), and the ring is centred on that radius (MapLibre draws its stroke outside
 * `circle-radius`, hence the half ring taken off).
 */
export function checkpointCellLayers(statuses: readonly CheckpointStatus[], countFont: string[]): {
  circles: CellLayer<CircleLayerSpecification>;
  counts: CellLayer<SymbolLayerSpecification>;
} {
  const count = cellCount(statuses);
  const alerts = cellAlerts(statuses);
  const ring = ringWidthPx(count, alerts);
  const filter: ExpressionSpecification = ['all', ['==', ['get', 'cluster'], true], ['>', count, 0]];
  const radius: ExpressionSpecification = ['min', 22, ['+', 4, ['*', 1.8, ['sqrt', count]]]];
  return {
    circles: {
      type: 'circle', maxzoom: DECK_CHECKPOINTS_FROM_ZOOM, filter,
      paint: {
        'circle-color': PALETTE.checkpointCluster,
        'circle-opacity': 225 / 255,
        'circle-radius': typeof ring === 'number' ? ['-', radius, ring / 2] : ['-', radius, ['/', ring, 2]],
        'circle-stroke-width': ring,
        'circle-stroke-color': alerts === 0
          ? PALETTE.checkpointClusterRing
          : ['case', ['>', alerts, 0], PALETTE.checkpointClusterAlertRing, PALETTE.checkpointClusterRing],
      },
    },
    // Every count is written, over anything, and hides no other label: as deck.gl's text did.
    counts: {
      type: 'symbol', maxzoom: DECK_CHECKPOINTS_FROM_ZOOM, filter,
      layout: {
        'text-field': ['to-string', count], 'text-font': countFont,
        'text-size': ['case', ['>=', count, 100], 10, 11],
        'text-allow-overlap': true, 'text-ignore-placement': true,
      },
      paint: { 'text-color': INK.clusterCount },
    },
  };
}
