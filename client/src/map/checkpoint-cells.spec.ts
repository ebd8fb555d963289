import {
  createPropertyExpression, featureFilter, latest, type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { CheckpointStatus } from '../state/domain';
import { checkpointCellLayers, DECK_CHECKPOINTS_FROM_ZOOM } from './checkpoint-cells';
import { INK, PALETTE } from './map-palette';

// The cells were deck.gl's until MapLibre drew them: these formulas are how deck.gl drew a cell
// (its stroke centred on the radius), and the MapLibre layers must draw the same.
type Cell = Record<'count' | CheckpointStatus, number> & { cluster: true };
const deckCount = (p: Cell, statuses: CheckpointStatus[]) => (statuses.length ? statuses.reduce((n, s) => n + p[s], 0) : p.count);
const deckAlerts = (p: Cell, statuses: CheckpointStatus[]) => (statuses.length === 0 || statuses.includes('alert') ? p.alert : 0);
const deckRadiusPx = (n: number) => Math.min(22, 4 + 1.8 * Math.sqrt(n));
const deckRingPx = (p: Cell, statuses: CheckpointStatus[]) => {
  const n = deckCount(p, statuses);
  const alerts = deckAlerts(p, statuses);
  return alerts > 0 && n > 0 ? 1.5 + Math.min(3.5, (15 * alerts) / n) : 1;
};

const evaluate = (value: unknown, spec: unknown, properties: Record<string, unknown>, zoom = 5) => {
  const parsed = createPropertyExpression(value, 'test', spec as StylePropertySpecification);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  const result = parsed.value.evaluate({ zoom }, { type: 1, properties });
  return (result as { toString?: () => string })?.toString && typeof result === 'object' ? result.toString() : result;
};
const passes = (filter: unknown, properties: Record<string, unknown>) =>
  featureFilter(filter as never, 'test').filter({ zoom: 5 }, { type: 1, properties });

const cells: Cell[] = [
  { cluster: true, count: 1, staffed: 1, unstaffed: 0, alert: 0, closed: 0 },
  { cluster: true, count: 10, staffed: 6, unstaffed: 2, alert: 1, closed: 1 },
  { cluster: true, count: 40, staffed: 0, unstaffed: 0, alert: 40, closed: 0 },
  { cluster: true, count: 250, staffed: 200, unstaffed: 30, alert: 5, closed: 15 },
];
const choices: CheckpointStatus[][] = [[], ['alert'], ['staffed', 'closed'], ['unstaffed']];

describe('checkpointCellLayers', () => {
  it('draws each cell with the radius, ring and colours deck.gl drew it with', () => {
    for (const statuses of choices) {
      const { circles } = checkpointCellLayers(statuses, ['Noto Sans SC Bold']);
      const paint = circles.paint!;
      for (const cell of cells) {
        const ring = deckRingPx(cell, statuses);
        const radius = evaluate(paint['circle-radius'], latest.paint_circle['circle-radius'], cell) as number;
        const stroke = evaluate(paint['circle-stroke-width'], latest.paint_circle['circle-stroke-width'], cell) as number;
        expect(stroke).toBeCloseTo(ring, 6);
        // MapLibre strokes outside circle-radius; deck.gl centred the ring on its radius.
        expect(radius + stroke / 2).toBeCloseTo(deckRadiusPx(deckCount(cell, statuses)), 6);
        const alertRing = deckAlerts(cell, statuses) > 0;
        expect(evaluate(paint['circle-stroke-color'], latest.paint_circle['circle-stroke-color'], cell))
          .toBe(evaluate(alertRing ? PALETTE.checkpointClusterAlertRing : PALETTE.checkpointClusterRing, latest.paint_circle['circle-stroke-color'], cell));
      }
      expect(paint['circle-color']).toBe(PALETTE.checkpointCluster);
      expect(paint['circle-opacity']).toBeCloseTo(225 / 255);
    }
  });

  it('writes each cell\'s count among the chosen statuses, smaller from 100', () => {
    for (const statuses of choices) {
      const { counts } = checkpointCellLayers(statuses, ['Noto Sans SC Bold']);
      for (const cell of cells) {
        const n = deckCount(cell, statuses);
        expect(evaluate(counts.layout!['text-field'], latest.layout_symbol['text-field'], cell)).toBe(String(n));
        expect(evaluate(counts.layout!['text-size'], latest.layout_symbol['text-size'], cell)).toBe(n >= 100 ? 10 : 11);
      }
      expect(counts.paint!['text-color']).toBe(INK.clusterCount);
      expect(counts.layout).toMatchObject({ 'text-font': ['Noto Sans SC Bold'], 'text-allow-overlap': true, 'text-ignore-placement': true });
    }
  });

  it('shows a cell while any of its checkpoints has a chosen status, and never a single checkpoint', () => {
    const { circles, counts } = checkpointCellLayers(['alert'], []);
    expect(counts.filter).toEqual(circles.filter);
    expect(passes(circles.filter, cells[1]!)).toBe(true);
    expect(passes(circles.filter, cells[0]!)).toBe(false);
    expect(passes(checkpointCellLayers([], []).circles.filter, { code: 'KD-1', kind: 'port', status: 'alert' })).toBe(false);
  });

  it('hands over to deck.gl at z8.5, where deck.gl reaches the z9 tiles of single checkpoints', () => {
    const { circles, counts } = checkpointCellLayers([], []);
    expect(DECK_CHECKPOINTS_FROM_ZOOM).toBe(8.5);
    expect(circles.maxzoom).toBe(8.5);
    expect(counts.maxzoom).toBe(8.5);
  });
});
