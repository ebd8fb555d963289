import { useMemo } from 'react';
import { api } from '../../api/api-client';
import { useApi } from '../use-api';
import { buildAdminTree, type AdminTree } from './admin-tree';

// The hierarchy changes only with a new dataset: one request per page, shared by every reader.
let pending: Promise<Awaited<ReturnType<typeof api.adminAreas>>> | null = null;

function loadAdminAreas(signal: AbortSignal) {
  if (!pending) {
    // Not tied to one reader's signal: another reader may still want the answer.
    pending = api.adminAreas();
    pending.catch(() => {
      pending = null; // let a retry ask again
    });
  }
  return abortable(pending, signal);
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
