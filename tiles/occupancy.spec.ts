import { describe, expect, it } from 'vitest';
import { Occupancy, OCCUPANCY_ZOOM, type WorldBox } from './occupancy';

// A deterministic generator, so a failure names a case that can be run again.
function random(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const meets = (box: WorldBox, z: number, x: number, y: number, margin: number) => {
  const size = 2 ** -z;
  return box.x0 <= (x + 1 + margin) * size && box.x1 >= (x - margin) * size
    && box.y0 <= (y + 1 + margin) * size && box.y1 >= (y - margin) * size;
};

describe('Occupancy', () => {
  it('never calls a tile empty when a box meets its buffered envelope (random boxes, every zoom)', () => {
    const next = random(7);
    // Clustered around one area, as border data is, with points, short lines and large polygons.
    const boxes: WorldBox[] = Array.from({ length: 400 }, (_, i) => {
      const x = 0.7 + next() * 0.05, y = 0.38 + next() * 0.05;
      const span = i % 10 === 0 ? next() * 0.02 : i % 3 === 0 ? next() * 0.0005 : 0;
      return { x0: x, y0: y, x1: x + span, y1: y + span * next() };
    });
    const occupancy = new Occupancy(boxes);
    let empty = 0;
    for (let i = 0; i < 20_000; i++) {
      const z = Math.floor(next() * 17);
      const n = 2 ** z;
      // Half the probes near the data, half anywhere.
      const near = i % 2 === 0;
      const x = Math.min(n - 1, Math.floor((near ? 0.69 + next() * 0.08 : next()) * n));
      const y = Math.min(n - 1, Math.floor((near ? 0.37 + next() * 0.08 : next()) * n));
      const truth = boxes.some((b) => meets(b, z, x, y, 1 / 32));
      const answer = occupancy.mayHaveData(z, x, y, 1 / 32);
      if (truth) expect(answer, `z${z}/${x}/${y}`).toBe(true);
      if (!answer) empty += 1;
    }
    // And it does find empty tiles: otherwise it would be no use.
    expect(empty).toBeGreaterThan(5_000);
  });

  it('answers a lone point to within a quarter tile at z14: its tile, and a neighbour only when its buffer reaches it', () => {
    const z = OCCUPANCY_ZOOM - 2, n = 2 ** z;
    // A point 0.3 of a tile inside tile 100/200's left edge.
    const point = { x0: (100.3) / n, y0: (200.5) / n, x1: (100.3) / n, y1: (200.5) / n };
    const occupancy = new Occupancy([point]);
    expect(occupancy.mayHaveData(z, 100, 200, 1 / 32)).toBe(true);
    expect(occupancy.mayHaveData(z, 99, 200, 1 / 32)).toBe(false);
    expect(occupancy.mayHaveData(z, 99, 200, 0.26)).toBe(true);
    expect(occupancy.mayHaveData(z, 101, 200, 1 / 32)).toBe(false);
    expect(occupancy.mayHaveData(z, 100, 201, 1 / 32)).toBe(false);
    // Deeper tiles are as precise as their ancestor at the deepest level.
    expect(occupancy.mayHaveData(z + 3, 802, 1604, 1 / 32)).toBe(true);
    expect(occupancy.mayHaveData(z + 3, 807, 1604, 1 / 32)).toBe(false);
    // Shallower tiles see it too, and not far away.
    expect(occupancy.mayHaveData(0, 0, 0, 1 / 32)).toBe(true);
    expect(occupancy.mayHaveData(z - 6, 0, 0, 1 / 32)).toBe(false);
  });

  it('an empty table has no tiles with data', () => {
    const occupancy = new Occupancy([]);
    expect(occupancy.mayHaveData(0, 0, 0, 1 / 32)).toBe(false);
    expect(occupancy.mayHaveData(15, 123, 456, 1 / 32)).toBe(false);
  });
});
