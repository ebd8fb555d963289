import { VectorTile } from '@mapbox/vector-tile';
import Pbf from 'pbf';
import { describe, expect, it } from 'vitest';
import { insideTile, regroupCells, regroupCellTile, type LocalPoint } from './cell-tiles';
import { encodePointTile } from './mvt-writer';

const cell = { cluster: true, count: 10, staffed: 6, unstaffed: 2, alert: 1, closed: 1 };
const point = (properties: LocalPoint['properties'], x = 0.5, y = 0.5): LocalPoint => ({ x, y, properties });

describe('regroupCells', () => {
  it('merges cells closer than 48 pixels at their weighted centre, summing the status mix', () => {
    const merged = regroupCells([point({ ...cell, count: 10 }, 0.5, 0.5), point({ ...cell, count: 30, alert: 3 }, 0.52, 0.5)]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.properties).toEqual({ cluster: true, count: 40, staffed: 12, unstaffed: 4, alert: 4, closed: 2 });
    expect(merged[0]!.x).toBeCloseTo(0.515);
  });

  it('keeps cells apart that are in different squares, and checkpoints as they are', () => {
    const single = point({ code: 'A', kind: 'port', status: 'alert' }, 0.51, 0.5);
    const out = regroupCells([point(cell, 0.1, 0.1), point(cell, 0.9, 0.9), single]);
    expect(out).toHaveLength(3);
    expect(out).toContain(single);
  });
});

describe('insideTile', () => {
  it('keeps what is anchored in the tile, not in the buffer beyond its edges', () => {
    expect(insideTile(point(cell, 0, 0.999))).toBe(true);
    expect(insideTile(point(cell, 1, 0.5))).toBe(false);
    expect(insideTile(point(cell, 0.5, -0.01))).toBe(false);
  });
});

describe('regroupCellTile', () => {
  const E = 4096;
  const rows = (bytes: Uint8Array) => {
    const layer = new VectorTile(new Pbf(bytes)).layers.checkpoints!;
    return Array.from({ length: layer.length }, (_, i) => {
      const f = layer.feature(i);
      const p = f.loadGeometry()[0]![0]!;
      return { x: p.x, y: p.y, properties: f.properties };
    });
  };

  it('merges close cells and drops those anchored in the buffer, as deck.gl drew them', () => {
    const input = encodePointTile([{
      name: 'checkpoints', extent: E,
      points: [
        { x: 0.5 * E, y: 0.5 * E, properties: { ...cell } },
        { x: 0.52 * E, y: 0.5 * E, properties: { ...cell, count: 30, staffed: 26 } },
        { x: 0.1 * E, y: 0.1 * E, properties: { ...cell } },
        { x: -40, y: 0.3 * E, properties: { ...cell, count: 99 } },
      ],
    }]);
    const out = rows(regroupCellTile(input));
    expect(out).toHaveLength(2);
    expect(out.map((r) => r.properties.count).sort()).toEqual([10, 40]);
    const merged = out.find((r) => r.properties.count === 40)!;
    expect(merged.properties).toEqual({ cluster: true, count: 40, staffed: 32, unstaffed: 4, alert: 2, closed: 2 });
    expect(Math.abs(merged.x - 0.515 * E)).toBeLessThanOrEqual(1);
  });

  it('passes an empty (204) tile through', () => {
    expect(regroupCellTile(new Uint8Array(0)).byteLength).toBe(0);
  });
});
