import { useSyncExternalStore } from 'react';

/** Tablets and narrow windows: panels become drawers and touch targets grow (mirrored in app.css). */
export const COMPACT_QUERY = '(max-width: 1199.98px), (pointer: coarse)';

export function isCompact(): boolean {
  return typeof window !== 'undefined' && window.matchMedia(COMPACT_QUERY).matches;
}

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(COMPACT_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function useCompact(): boolean {
  return useSyncExternalStore(subscribe, isCompact, () => false);
}
