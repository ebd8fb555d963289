import { describe, expect, it } from 'vitest';
import { statsPath } from '../../api/api-client';
import { EMPTY_FILTERS } from '../../state/store';
import { statsQueryFor } from './stats-query';

describe('statsQueryFor', () => {
  it('asks for everything by county without filters or extent', () => {
    expect(statsPath(statsQueryFor(EMPTY_FILTERS, null, null))).toBe('/api/stats?groupBy=county');
  });

  it('carries the filters and a clamped extent', () => {
    const filters = { adminArea: '5328', unitTypes: ['police' as const], checkpointKinds: ['port' as const], checkpointStatuses: [] };
    const query = statsQueryFor(filters, [-190, 20, 100, 30], 'prefecture');
    expect(query).toMatchObject({ adminArea: '5328', bbox: [-180, 20, 100, 30], unitTypes: ['police'], kinds: ['port'], groupBy: 'county' });
  });

  it('drills down to townships inside a county', () => {
    expect(statsQueryFor({ ...EMPTY_FILTERS, adminArea: '532822' }, null, 'county').groupBy).toBe('township');
    expect(statsQueryFor({ ...EMPTY_FILTERS, adminArea: '532822101' }, null, 'township').groupBy).toBe('township');
  });
});
