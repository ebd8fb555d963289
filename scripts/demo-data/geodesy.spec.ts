import { describe, expect, it } from 'vitest';
import {
  bearingDeg, createLocalProjection, destinationPoint, distanceToLineKm, haversineKm, lineLengthKm, lineSubstringKm,
  locateOnLine, offsetLeftKm, pointAlongKm, type LonLat,
} from './geodesy';

// One degree of a great circle on a sphere of the mean Earth radius: 2π·6371.0088/360.
const DEGREE_KM = 111.19508;
const equator: LonLat[] = [[0, 0], [1, 0], [2, 0]];

describe('geodesy', () => {
  it('measures one degree of longitude at the equator as ~111.19 km', () => {
    expect(haversineKm([0, 0], [1, 0])).toBeCloseTo(DEGREE_KM, 3);
  });

  it('measures one degree of longitude at 60°N as half of that', () => {
    expect(haversineKm([10, 60], [11, 60])).toBeCloseTo(DEGREE_KM / 2, 1);
  });

  it('sums line length over its edges', () => {
    expect(lineLengthKm(equator)).toBeCloseTo(2 * DEGREE_KM, 3);
  });

  it('finds the point a given distance along a line, clamped to its ends', () => {
    const [lon, lat] = pointAlongKm(equator, 1.5 * DEGREE_KM);
    expect(lon).toBeCloseTo(1.5, 6);
    expect(lat).toBeCloseTo(0, 9);
    expect(pointAlongKm(equator, -5)).toEqual([0, 0]);
    expect(pointAlongKm(equator, 1e6)).toEqual([2, 0]);
  });

  it('cuts a substring that keeps interior vertices', () => {
    const part = lineSubstringKm(equator, 0.5 * DEGREE_KM, 1.5 * DEGREE_KM);
    expect(part).toHaveLength(3);
    expect(part[0]![0]).toBeCloseTo(0.5, 6);
    expect(part[1]).toEqual([1, 0]);
    expect(part[2]![0]).toBeCloseTo(1.5, 6);
    expect(lineLengthKm(part)).toBeCloseTo(DEGREE_KM, 3);
  });

  it('goes east and back with bearing and destination', () => {
    expect(bearingDeg([0, 0], [1, 0])).toBeCloseTo(90, 6);
    const [lon, lat] = destinationPoint([0, 0], 90, DEGREE_KM);
    expect(lon).toBeCloseTo(1, 6);
    expect(lat).toBeCloseTo(0, 6);
  });

  it('offsets to the left of the direction of travel', () => {
    const [, lat] = offsetLeftKm(equator, DEGREE_KM / 2, DEGREE_KM / 10);
    expect(lat).toBeCloseTo(0.1, 4);
  });

  it('projects locally in km and back', () => {
    const projection = createLocalProjection([100, 22]);
    const [x, y] = projection.project([100.1, 22.1]);
    expect(y).toBeCloseTo(DEGREE_KM / 10, 3);
    expect(x).toBeCloseTo((DEGREE_KM / 10) * Math.cos((22 * Math.PI) / 180), 3);
    const [lon, lat] = projection.unproject([x, y]);
    expect(lon).toBeCloseTo(100.1, 12);
    expect(lat).toBeCloseTo(22.1, 12);
  });

  it('locates a point on a line and measures its distance from it', () => {
    const located = locateOnLine([1.5, 0.1], equator);
    expect(located.km).toBeCloseTo(1.5 * DEGREE_KM, 1);
    expect(located.distanceKm).toBeCloseTo(DEGREE_KM / 10, 1);
    expect(distanceToLineKm([1.5, 0.1], equator)).toBeCloseTo(located.distanceKm, 9);
  });
});
