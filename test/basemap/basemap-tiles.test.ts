import { beforeAll, describe, expect, it } from 'vitest';
import { createBasemap, type Basemap } from '../../tiles/basemap/basemap';
import { ADMIN1_MIN_ZOOM, BASEMAP_LAYERS } from '../../tiles/basemap/basemap-constants';
import { decodeTile, lonLatToTile, ringArea, type DecodedFeature } from '../helpers/tile-helpers';

const EXTENT = 4096;
const LINE = 2;
const xsOf = (f: DecodedFeature) => f.rings.flat().map((p) => p.x);

const xyOf = (lon: number, lat: number, z: number): [number, number] => {
  const { x, y } = lonLatToTile(lon, lat, z);
  return [x, y];
};

// The tile builder on its own (no app): the layers, their attributes and the geometry at the edges.
describe('the basemap tiles', () => {
  let basemap: Basemap;
  beforeAll(() => { basemap = createBasemap(); });

  it('has the four country layers over China at z3 (no province lines yet), China\'s border marked, China named in Chinese', () => {
    const tile = decodeTile(basemap.getTile(3, 6, 3)!);
    expect(Object.keys(tile).sort()).toEqual(BASEMAP_LAYERS.filter((l) => l !== 'admin1-boundaries').sort());
    expect(tile.boundaries!.features.some((f) => f.properties.china === true)).toBe(true);
    const china = tile['country-labels']!.features.find((f) => f.properties.iso === '156');
    expect(china?.properties).toMatchObject({ name: 'China', nameZh: '中国' });
    expect(china?.properties.rank).toBeLessThanOrEqual(5);
  });

  it.each([
    ['Yunnan', 100.5, 25],
    ['Hulunbuir', 120, 49],
  ])('has China\'s provincial lines at z5 over %s, clipped to the tile', (_region, lon, lat) => {
    const { z, x, y } = lonLatToTile(lon, lat, 5);
    const tile = decodeTile(basemap.getTile(z, x, y)!);
    const china = tile['admin1-boundaries']!.features.filter((f) => f.properties.adm0 === 'CHN');
    expect(china.length).toBeGreaterThan(0);
    for (const f of china) {
      expect(f.type).toBe(LINE);
      expect(f.properties.china).toBe(true);
      const xs = xsOf(f);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(-64);
      expect(Math.max(...xs)).toBeLessThanOrEqual(EXTENT + 64);
    }
  });

  it('starts province lines at z4 and keeps them in tiles cut from z8', () => {
    const layersAt = (z: number) => Object.keys(decodeTile(basemap.getTile(z, ...xyOf(100.5, 25, z))!));
    expect(layersAt(ADMIN1_MIN_ZOOM - 1)).not.toContain('admin1-boundaries');
    expect(layersAt(ADMIN1_MIN_ZOOM)).toContain('admin1-boundaries');
    // A vertex of the Yunnan–Sichuan line south-west of Panzhihua, at z11.
    const { z, x, y } = lonLatToTile(101.606, 26.329, 11);
    expect(decodeTile(basemap.getTile(z, x, y)!)['admin1-boundaries']?.features.length).toBeGreaterThan(0);
  });

  it('gives nothing for open sea', () => {
    const { z, x, y } = lonLatToTile(-130, -45, 4);
    expect(basemap.getTile(z, x, y)).toBeUndefined();
  });

  it('cuts tiles deeper than z8 from their z8 ancestor, polygons still exterior-first', () => {
    const { z, x, y } = lonLatToTile(97.5, 24.5, 11);
    const tile = decodeTile(basemap.getTile(z, x, y)!);
    const rings = tile.countries!.features.flatMap((f) => f.rings);
    expect(rings.length).toBeGreaterThan(0);
    for (const f of tile.countries!.features) expect(ringArea(f.rings[0]!)).toBeGreaterThan(0);
    const xs = rings.flat().map((p) => p.x);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(-64);
    expect(Math.max(...xs)).toBeLessThanOrEqual(EXTENT + 64);
  });

  it('does not smear countries across the antimeridian', () => {
    const world = decodeTile(basemap.getTile(0, 0, 0)!);
    for (const f of world.countries!.features.filter((c) => c.properties.name === 'Russia' || c.properties.name === 'Fiji')) {
      for (const ring of f.rings) {
        const xs = ring.map((p) => p.x);
        expect(Math.max(...xs) - Math.min(...xs), String(f.properties.name)).toBeLessThan(EXTENT / 2);
      }
    }
    // Antarctica is closed through the pole, so it spans the whole width and reaches the bottom edge.
    const antarctica = world.countries!.features.filter((f) => f.properties.name === 'Antarctica').flatMap(xsOf);
    expect(Math.max(...antarctica) - Math.min(...antarctica)).toBeGreaterThanOrEqual(EXTENT);
  });

  it('refuses an address off the grid', () => {
    expect(() => basemap.getTile(15, 0, 0)).toThrow(/^z: /);
    expect(() => basemap.getTile(2, 4, 0)).toThrow(/^x: /);
    expect(() => basemap.getTile(2, 0, -1)).toThrow(/^y: /);
  });
});
