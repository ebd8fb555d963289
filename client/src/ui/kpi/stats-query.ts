import type { StatsQuery } from '../../api/api-client';
import type { Bbox, Level } from '../../state/domain';
import type { Filters } from '../../state/store';
import { clampBbox } from '../bbox';

/**
 * The stats request for what the screen shows: the filters and the map's extent. Inside a county
 * (or one of its townships) the rows drill down to townships; elsewhere they are counties.
 */
export function statsQueryFor(filters: Filters, bounds: Bbox | null, areaLevel: Level | null): StatsQuery {
  return {
    adminArea: filters.adminArea,
    bbox: bounds ? clampBbox(bounds) : null,
    unitTypes: filters.unitTypes,
    kinds: filters.checkpointKinds,
    statuses: filters.checkpointStatuses,
    groupBy: areaLevel === 'county' || areaLevel === 'township' || areaLevel === 'village' ? 'township' : 'county',
  };
}
