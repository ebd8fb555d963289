import { describe, expect, it } from 'vitest';
import { normalizeLon, planarPolygons, unwrapLine } from './antimeridian';

describe('the antimeridian', () => {
  it('makes a ring that crosses ±180° continuous', () => {
    const ring = [[179, 65], [-179, 65], [-179, 66], [179, 66], [179, 65]];
    expect(unwrapLine(ring)).toEqual([[179, 65], [181, 65], [181, 66], [179, 66], [179, 65]]);
  });

  it('closes a ring that goes once round the south pole through the pole', () => {
    const coast = [[-180, -70], [-90, -72], [0, -70], [90, -68], [180, -70]];
    const pole = [[-180, -89.999], [0, -89.999], [180, -89.999], [-180, -89.999]];
    const { coordinates } = planarPolygons({ type: 'Polygon', coordinates: [pole, coast] });
    expect(coordinates).toHaveLength(1);
    const [outer] = coordinates[0]!;
    expect(outer!.slice(-3)).toEqual([[180, -90], [-180, -90], [-180, -70]]);
    expect(coordinates[0]).toHaveLength(1);
  });

  it('leaves ordinary rings alone and normalises longitudes back', () => {
    const ring = [[100, 20], [101, 20], [101, 21], [100, 20]];
    expect(planarPolygons({ type: 'Polygon', coordinates: [ring] }).coordinates).toEqual([[ring]]);
    expect(normalizeLon(181)).toBe(-179);
    expect(normalizeLon(-190)).toBe(170);
    expect(normalizeLon(45)).toBe(45);
  });
});
