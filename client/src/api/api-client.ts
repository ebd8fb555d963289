import type { CheckpointDetail, SearchResult, SegmentDetail, Stats, ZoneDetail } from '../../../server/schemas/domain.schema';
import type { HealthResponse } from '../../../server/schemas/health.schema';
import type { Bbox, CheckpointKind, CheckpointStatus, UnitType } from '../state/domain';

/** An API answer that was not 2xx; `message` is the server's (it names the offending field). */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    throw new ApiError(response.status, body.message ?? `${response.status} ${response.statusText}`);
  }
  return (await response.json()) as T;
}

export interface StatsQuery {
  adminArea?: string | null;
  bbox?: Bbox | null;
  unitTypes?: UnitType[];
  kinds?: CheckpointKind[];
  statuses?: CheckpointStatus[];
  groupBy?: 'prefecture' | 'county' | 'township';
}

export function statsPath(query: StatsQuery): string {
  const q = new URLSearchParams();
  if (query.adminArea) q.set('adminArea', query.adminArea);
  if (query.bbox) q.set('bbox', query.bbox.map((v) => v.toFixed(5)).join(','));
  if (query.unitTypes?.length) q.set('unitType', query.unitTypes.join(','));
  if (query.kinds?.length) q.set('kind', query.kinds.join(','));
  if (query.statuses?.length) q.set('status', query.statuses.join(','));
  if (query.groupBy) q.set('groupBy', query.groupBy);
  const text = q.toString();
  return `/api/stats${text ? `?${text}` : ''}`;
}

export const api = {
  health: (signal?: AbortSignal) => getJson<HealthResponse>('/api/health', signal),
  segment: (code: string, signal?: AbortSignal) => getJson<SegmentDetail>(`/api/segments/${encodeURIComponent(code)}`, signal),
  checkpoint: (code: string, signal?: AbortSignal) => getJson<CheckpointDetail>(`/api/checkpoints/${encodeURIComponent(code)}`, signal),
  zone: (id: string, signal?: AbortSignal) => getJson<ZoneDetail>(`/api/zones/${encodeURIComponent(id)}`, signal),
  dutyPost: (code: string, signal?: AbortSignal) => getJson<DutyPostDetail>(`/api/duty-posts/${encodeURIComponent(code)}`, signal),
  belt: (code: string, signal?: AbortSignal) => getJson<BeltDetail>(`/api/belts/${encodeURIComponent(code)}`, signal),
  search: (q: string, signal?: AbortSignal) =>
    getJson<{ query: string; results: SearchResult[] }>(`/api/search?q=${encodeURIComponent(q)}`, signal),
  stats: (query: StatsQuery, signal?: AbortSignal) => getJson<Stats>(statsPath(query), signal),
  adminAreas: (signal?: AbortSignal) => getJson<{ areas: AdminAreaNode[] }>('/api/admin-areas', signal),
};

export type { CheckpointDetail, SearchResult, SegmentDetail, Stats, ZoneDetail };
import type { AdminAreaNode, BeltDetail, DutyPostDetail } from '../../../server/schemas/domain.schema';
export type { AdminAreaNode, BeltDetail, DutyPostDetail };
