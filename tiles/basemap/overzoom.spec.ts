import { describe, expect, it } from 'vitest';
import { overzoomFeatures, type VtFeature } from './overzoom';

type Point = [number, number];
const EXTENT = 4096;
const BUFFER = 64;
const window = (dz: number, cx: number, cy: number) => ({ dz, cx, cy, extent: EXTENT, buffer: BUFFER });
const square = (x0: number, y0: number, x1: number, y1: number): Point[] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
const twiceArea = (ring: Point[]) => ring.slice(1).reduce((sum, p, i) => sum + ring[i]![0] * p[1] - p[0] * ring[i]![1], 0);

describe('over-zooming a tile', () => {
  it('covers the whole child, buffer included, where the parent polygon covers it', () => {
    const parent: VtFeature = { type: 3, geometry: [square(-BUFFER, -BUFFER, EXTENT + BUFFER, EXTENT + BUFFER)], tags: { name: 'all' } };
    const [child] = overzoomFeatures([parent], window(1, 1, 0));
    const ring = (child!.geometry as Point[][])[0]!;
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    expect([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]).toEqual([-BUFFER, EXTENT + BUFFER, -BUFFER, EXTENT + BUFFER]);
    expect(ring[0]).toEqual(ring.at(-1));
    expect(child!.tags).toEqual({ name: 'all' });
  });

  it('keeps the winding of exterior rings and holes', () => {
    const outer = square(0, 0, 4000, 4000);
    const hole = [...square(100, 100, 1500, 1500)].reverse();
    const [child] = overzoomFeatures([{ type: 3, geometry: [outer, hole], tags: {} }], window(1, 0, 0));
    const [childOuter, childHole] = child!.geometry as Point[][];
    expect(Math.sign(twiceArea(childOuter!))).toBe(Math.sign(twiceArea(outer)));
    expect(Math.sign(twiceArea(childHole!))).toBe(Math.sign(twiceArea(hole)));
    expect(childHole).toContainEqual([200, 200]);
  });

  it('drops features that lie in another child', () => {
    const feature: VtFeature = { type: 3, geometry: [square(3000, 3000, 3500, 3500)], tags: {} };
    expect(overzoomFeatures([feature], window(1, 0, 0))).toEqual([]);
    expect(overzoomFeatures([feature], window(1, 1, 1))).toHaveLength(1);
  });

  it('splits a line that leaves the child and comes back', () => {
    const line: Point[] = [[100, 1000], [3000, 1000], [3000, 1500], [100, 1500]];
    const [child] = overzoomFeatures([{ type: 2, geometry: [line], tags: {} }], window(1, 0, 0));
    const parts = child!.geometry as Point[][];
    expect(parts).toHaveLength(2);
    expect(parts[0]![0]).toEqual([200, 2000]);
    expect(parts[0]!.at(-1)).toEqual([EXTENT + BUFFER, 2000]);
    expect(parts[1]![0]).toEqual([EXTENT + BUFFER, 3000]);
  });

  it('keeps the points inside the child and its buffer, scaled', () => {
    const points: Point[] = [[1000, 1000], [2050, 1000], [3000, 3000]];
    const [child] = overzoomFeatures([{ type: 1, geometry: points, tags: {} }], window(1, 0, 0));
    expect(child!.geometry).toEqual([[2000, 2000], [4100, 2000]]);
  });
});
