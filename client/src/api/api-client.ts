import type { CheckpointDetail, SearchResult, SegmentDetail, Stats, ZoneDetail } from '../../../server/schemas/domain.schema';
import type { HealthResponse } from '../../../server/schemas/health.schema';
import type { Bbox, CheckpointKind, CheckpointStatus, UnitType } from '../state/domain';
import type { Credentials, Me, SessionInfo, SignedIn } from './auth-types';
import { request } from './http';

export { ApiError } from './http';

const getJson = <T>(path: string, signal?: AbortSignal) => request<T>(path, { signal });

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

  /** Who is signed in (public): boot asks this before it shows anything. */
  session: (signal?: AbortSignal) => getJson<SessionInfo>('/api/auth/session', signal),
  /** The signed-in user again; 401 once the session has ended. */
  me: (signal?: AbortSignal) => getJson<Me>('/api/auth/me', signal),
  /** Sets the session cookie (HttpOnly). 401: wrong name or password; 429: too many attempts. */
  login: (credentials: Credentials) =>
    request<SignedIn>('/api/auth/login', { method: 'POST', body: credentials, unauthorizedIsAnswer: true }),
  /** Ends the session (204); carries the CSRF token like every write. */
  logout: () => request<void>('/api/auth/logout', { method: 'POST', unauthorizedIsAnswer: true }),
};

export type { CheckpointDetail, SearchResult, SegmentDetail, Stats, ZoneDetail };
import type { AdminAreaNode, BeltDetail, DutyPostDetail } from '../../../server/schemas/domain.schema';
export type { AdminAreaNode, BeltDetail, DutyPostDetail };
export type { Credentials, Me, Role, SessionInfo, SessionUser, SignedIn } from './auth-types';
