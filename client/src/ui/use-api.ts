import { useCallback, useEffect, useRef, useState } from 'react';

export interface ApiState<T> {
  /** The last answer; with `keepPrevious` it may belong to an earlier key while the next loads. */
  data: T | null;
  loading: boolean;
  error: Error | null;
  retry(): void;
}

interface Options {
  /** Wait this long after the key last changed before asking (typing, panning). */
  debounceMs?: number;
  /** Keep showing the previous answer while the next one loads (KPIs) instead of clearing it (cards). */
  keepPrevious?: boolean;
}

interface Held<T> { key: string | null; data: T | null; loading: boolean; error: Error | null }

/**
 * Loads whatever `key` names with `load`, debounced, aborting the request for an older key.
 * `key` must change whenever the request would; `load` is read at request time, so it need not be stable.
 */
export function useApi<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>, options: Options = {}): ApiState<T> {
  const { debounceMs = 0, keepPrevious = false } = options;
  const [held, setHeld] = useState<Held<T>>({ key: null, data: null, loading: key !== null, error: null });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    if (key === null) {
      setHeld({ key: null, data: null, loading: false, error: null });
      return;
    }
    const controller = new AbortController();
    setHeld((h) => ({ key, data: keepPrevious ? h.data : null, loading: true, error: null }));
    const timer = setTimeout(() => {
      loadRef.current(controller.signal).then(
        (data) => setHeld({ key, data, loading: false, error: null }),
        (error: unknown) => {
          if (controller.signal.aborted) return;
          const failure = error instanceof Error ? error : new Error(String(error));
          setHeld((h) => ({ key, data: keepPrevious ? h.data : null, loading: false, error: failure }));
        },
      );
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, attempt, debounceMs, keepPrevious]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // Until the effect for a new key has run, what is held belongs to the old key.
  const current = held.key === key;
  return {
    data: current || keepPrevious ? held.data : null,
    loading: current ? held.loading : key !== null,
    error: current ? held.error : null,
    retry,
  };
}
