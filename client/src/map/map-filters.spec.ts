import { featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { allOf, isArea, segmentInArea, selectionFilter, unitTypeFilter } from './map-filters';

// Evaluated with MapLibre's own filter implementation, so these test what the map will do.
const matches = (filter: FilterSpecification, properties: Record<string, unknown>, id?: number) =>
  featureFilter(filter, 'layers[0].filter').filter({ zoom: 10 }, { type: 1, properties, id, geometry: [] } as never);

describe('segmentInArea', () => {
  it('matches a county code exactly', () => {
    expect(matches(segmentInArea('532822'), { countyCode: '532822' })).toBe(true);
    expect(matches(segmentInArea('532822'), { countyCode: '532823' })).toBe(false);
  });

  it('matches every county under a prefecture or province by prefix', () => {
    expect(matches(segmentInArea('5328'), { countyCode: '532822' })).toBe(true);
    expect(matches(segmentInArea('5328'), { countyCode: '530822' })).toBe(false);
    expect(matches(segmentInArea('53'), { countyCode: '532822' })).toBe(true);
    expect(matches(segmentInArea('15'), { countyCode: '532822' })).toBe(false);
  });

  it('narrows a township to its county (tiles carry no township code)', () => {
    expect(matches(segmentInArea('532822101'), { countyCode: '532822' })).toBe(true);
    expect(matches(segmentInArea('532822101'), { countyCode: '532823' })).toBe(false);
  });

  it('lets low-zoom features without a county code through', () => {
    expect(matches(segmentInArea('5328'), { code: 'YN-MH-001' })).toBe(true);
  });
});

describe('unitTypeFilter', () => {
  it('is absent when no unit type is chosen', () => {
    expect(unitTypeFilter([])).toBeNull();
  });

  it('keeps the chosen unit types only', () => {
    const filter = unitTypeFilter(['police', 'party'])!;
    expect(matches(filter, { unitType: 'police' })).toBe(true);
    expect(matches(filter, { unitType: 'military' })).toBe(false);
  });

  it('does not depend on the order of the choice', () => {
    expect(unitTypeFilter(['police', 'party'])).toEqual(unitTypeFilter(['party', 'police']));
  });
});

describe('selectionFilter', () => {
  it('is null for another type or no selection', () => {
    expect(selectionFilter(null, 'segment')).toBeNull();
    expect(selectionFilter({ type: 'checkpoint', id: 'KD-1' }, 'segment')).toBeNull();
  });

  it('matches a segment by code', () => {
    const filter = selectionFilter({ type: 'segment', id: 'YN-MH-012' }, 'segment')!;
    expect(matches(filter, { code: 'YN-MH-012' })).toBe(true);
    expect(matches(filter, { code: 'YN-MH-013' })).toBe(false);
  });

  it('matches a zone by its numeric id', () => {
    const filter = selectionFilter({ type: 'zone', id: '55' }, 'zone')!;
    expect(matches(filter, { id: 55 })).toBe(true);
    expect(matches(filter, { id: 56 })).toBe(false);
    expect(selectionFilter({ type: 'zone', id: 'x' }, 'zone')).toBeNull();
  });
});

describe('isArea and allOf', () => {
  it('combines present filters only', () => {
    expect(allOf(null, undefined)).toBeUndefined();
    expect(allOf(isArea('5328'))).toEqual(isArea('5328'));
    const both = allOf(isArea('5328'), unitTypeFilter(['police']))!;
    expect(matches(both, { code: '5328', unitType: 'police' })).toBe(true);
    expect(matches(both, { code: '5328', unitType: 'party' })).toBe(false);
  });
});
