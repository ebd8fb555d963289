import { describe, expect, it } from 'vitest';
import { labelPoint, polygonAreaKm2, ringAreaKm2 } from './label-point';

const square = (x0: number, y0: number, x1: number, y1: number) => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];

describe('label points and areas', () => {
  it('measures a 1° square at the equator as about 12,364 km² and one at 60° as half that', () => {
    expect(ringAreaKm2(square(0, 0, 1, 1))).toBeCloseTo(12_364, -2);
    expect(ringAreaKm2(square(0, 60, 1, 61)) / ringAreaKm2(square(0, 0, 1, 1))).toBeCloseTo(0.49, 1);
    expect(polygonAreaKm2([square(0, 0, 2, 2), square(0.5, 0.5, 1.5, 1.5)])).toBeCloseTo(3 * 12_364, -3);
  });

  it('uses the centroid of a convex shape', () => {
    const [lon, lat] = labelPoint([square(10, 20, 14, 24)]);
    expect(lon).toBeCloseTo(12);
    expect(lat).toBeCloseTo(22);
  });

  it('moves inside when the centroid falls outside (a U whose middle is open)', () => {
    const u = [[0, 0], [10, 0], [10, 10], [8, 10], [8, 2], [2, 2], [2, 10], [0, 10], [0, 0]];
    // The centroid (5, 4.08) lies in the open middle; the parallel through it crosses both arms.
    const [lon, lat] = labelPoint([u]);
    expect(lon).toBeCloseTo(1);
    expect(lat).toBeCloseTo(4.08, 2);
  });
});
