import { describe, expect, it } from 'vitest';
import { clampBbox, padBbox, pointBbox } from './bbox';

describe('clampBbox', () => {
  it('keeps an extent inside the world', () => {
    expect(clampBbox([-200, -89, 210, 89])).toEqual([-180, -85.05112878, 180, 85.05112878]);
  });

  it('leaves an extent inside the world unchanged', () => {
    expect(clampBbox([97, 21, 106, 29])).toEqual([97, 21, 106, 29]);
  });
});

describe('padBbox', () => {
  it('grows a point to the minimum span around it', () => {
    const [w, s, e, n] = padBbox([100, 22, 100, 22], 0.1);
    expect(e - w).toBeCloseTo(0.1);
    expect(n - s).toBeCloseTo(0.1);
    expect((w + e) / 2).toBeCloseTo(100);
  });

  it('keeps a large bbox as it is', () => {
    expect(padBbox([97, 21, 106, 29])).toEqual([97, 21, 106, 29]);
  });
});

describe('pointBbox', () => {
  it('reads a point geometry', () => {
    expect(pointBbox({ type: 'Point', coordinates: [100.5, 21.7] })).toEqual([100.5, 21.7, 100.5, 21.7]);
  });

  it('answers null for other geometries', () => {
    expect(pointBbox({ type: 'LineString', coordinates: [[1, 2], [3, 4]] })).toBeNull();
  });
});
