import { useEffect, useState } from 'react';
import type { HealthResponse } from '../../server/schemas/health.schema';

export type HealthState =
  | { kind: 'loading' }
  | { kind: 'ready'; health: HealthResponse }
  | { kind: 'error'; message: string };

export function useHealth(): HealthState {
  const [state, setState] = useState<HealthState>({ kind: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/health', { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        setState({ kind: 'ready', health: (await response.json()) as HealthResponse });
      })
      .catch((error: Error) => {
        if (error.name !== 'AbortError') setState({ kind: 'error', message: error.message });
      });
    return () => controller.abort();
  }, []);
  return state;
}
