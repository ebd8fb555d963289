import { api, statsPath, type Stats } from '../../api/api-client';
import { useStore } from '../../state/store';
import { useAdminAreas } from '../filters/use-admin-areas';
import { useApi, type ApiState } from '../use-api';
import { statsQueryFor } from './stats-query';

/** Totals and per-area rows for the filters and the visible extent; debounced while the map moves. */
export function useStats(): ApiState<Stats> {
  const filters = useStore((s) => s.filters);
  const bounds = useStore((s) => s.bounds);
  const { tree } = useAdminAreas();
  const level = filters.adminArea ? (tree?.byCode.get(filters.adminArea)?.level ?? null) : null;
  const query = statsQueryFor(filters, bounds, level);
  return useApi(statsPath(query), (signal) => api.stats(query, signal), { debounceMs: 300, keepPrevious: true });
}
