import { describe, expect, it } from 'vitest';
import type { LonLat } from './geodesy';
import { clipLineToBox, unboundedBox } from './line-clip';
import { mergeLineParts } from './line-merge';

describe('mergeLineParts', () => {
  it('joins pieces end to start, reversing where needed, whatever their order', () => {
    const a: LonLat[] = [[0, 0], [1, 0]];
    const b: LonLat[] = [[2, 0], [1, 0]]; // reversed
    const c: LonLat[] = [[2, 0], [3, 1]];
    expect(mergeLineParts([c, a, b])).toEqual([[[0, 0], [1, 0], [2, 0], [3, 1]]]);
  });

  it('keeps pieces that do not touch apart', () => {
    expect(mergeLineParts([[[0, 0], [1, 0]], [[5, 5], [6, 6]]])).toHaveLength(2);
  });
});

describe('clipLineToBox', () => {
  it('keeps the runs inside the box with exact cut points', () => {
    const line: LonLat[] = [[0, 0], [4, 0], [4, 4], [0, 4]];
    const runs = clipLineToBox(line, unboundedBox({ maxLon: 2 }));
    expect(runs).toEqual([[[0, 0], [2, 0]], [[2, 4], [0, 4]]]);
  });

  it('returns the whole line when the box is unbounded', () => {
    const line: LonLat[] = [[0, 0], [1, 1], [2, 0]];
    expect(clipLineToBox(line, unboundedBox({}))).toEqual([line]);
  });
});
