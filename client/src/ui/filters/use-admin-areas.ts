import { useMemo } from 'react';
import { api } from '../../api/api-client';
import { useStore } from '../../state/store';
import { useApi } from '../use-api';
import { buildAdminTree, type AdminTree } from './admin-tree';

// The hierarchy changes only with a new dataset: one request per page and user, shared by every reader
// (another user signing in on this screen may be answered differently).
let pending: { userId: number | null; answer: Promise<Awaited<ReturnType<typeof api.adminAreas>>> } | null = null;

function loadAdminAreas(signal: AbortSignal) {
  const userId = useStore.getState().session.user?.id ?? null;
  if (pending?.userId !== userId) {
    // Not tied to one reader's signal: another reader may still want the answer.
    const asked = { userId, answer: api.adminAreas() };
    pending = asked;
    asked.answer.catch(() => {
      if (pending === asked) pending = null; // let a retry ask again
    });
  }
  return abortable(pending.answer, signal);
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    promise.then(resolve, reject);
  });
}

export interface AdminAreasState { tree: AdminTree | null; loading: boolean; error: Error | null; retry(): void }

export function useAdminAreas(): AdminAreasState {
  const state = useApi('admin-areas', loadAdminAreas);
  const tree = useMemo(() => (state.data ? buildAdminTree(state.data.areas) : null), [state.data]);
  return { tree, loading: state.loading, error: state.error, retry: state.retry };
}
