import type { MultiLineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { admin1Layer, loadAdmin1Boundaries, type Admin1Source } from './admin1-boundaries';

const lines = (coordinates: MultiLineString['coordinates']): MultiLineString => ({ type: 'MultiLineString', coordinates });
const source = (...countries: Array<[string, MultiLineString['coordinates']]>): Admin1Source => ({
  type: 'FeatureCollection',
  features: countries.map(([adm0, coordinates]) => ({ type: 'Feature', properties: { adm0 }, geometry: lines(coordinates) })),
});

describe('the admin-1 boundaries layer', () => {
  it('marks China\'s provincial lines and keeps each country\'s code', () => {
    const layer = admin1Layer(source(['CHN', [[[100, 25], [101, 26]]]], ['MMR', [[[96, 20], [97, 21]]]]));
    expect(layer.features.map((f) => f.properties)).toEqual([{ adm0: 'CHN', china: true }, { adm0: 'MMR', china: false }]);
  });

  it('draws no lines inside Hong Kong, Macao or Taiwan, whose Natural Earth units are China\'s second level', () => {
    const layer = admin1Layer(source(['HKG', [[[114.1, 22.3], [114.2, 22.4]]]], ['MAC', [[[113.5, 22.1], [113.6, 22.2]]]],
      ['TWN', [[[121, 24], [121.5, 24.5]]]], ['CHN', [[[100, 25], [101, 26]]]]));
    expect(layer.features.map((f) => f.properties.adm0)).toEqual(['CHN']);
  });

  it('makes a line that crosses ±180° continuous, as the country layers do', () => {
    const [feature] = admin1Layer(source(['RUS', [[[179.5, 66], [-179.5, 67]]]])).features;
    expect(feature!.geometry.coordinates).toEqual([[[179.5, 66], [180.5, 67]]]);
  });

  it('ships China\'s provincial lines, inside China\'s extent, with the basemap', () => {
    const china = loadAdmin1Boundaries().features.find((f) => f.properties.adm0 === 'CHN');
    expect(china?.geometry.coordinates.length).toBeGreaterThan(30);
    const points = china!.geometry.coordinates.flat();
    const lons = points.map((p) => p[0]!);
    const lats = points.map((p) => p[1]!);
    expect(Math.min(...lons)).toBeGreaterThan(73);
    expect(Math.max(...lons)).toBeLessThan(135.1);
    expect(Math.min(...lats)).toBeGreaterThan(18);
    expect(Math.max(...lats)).toBeLessThan(53.6);
  });
});
