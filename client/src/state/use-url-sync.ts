import { useEffect } from 'react';
import { LAYER_IDS } from './domain';
import { useStore, type Store } from './store';
import { parseUrlState, serializeUrlState } from './url-state';

/**
 * Applies a link's state to the store. Call it before the first render, so the map is created at
 * the link's centre and zoom. The extent (`bounds`) stays unknown until the map reports it.
 */
export function applyUrlState(search: string): void {
  const url = parseUrlState(search);
  const store = useStore.getState();
  // Not setView: that also sets `bounds`, which only the map can know.
  if (url.center || url.zoom !== undefined) useStore.setState({ center: url.center ?? store.center, zoom: url.zoom ?? store.zoom });
  if (url.layers) store.setVisibleLayers(url.layers);
  store.setFilters(url.filters);
  store.select(url.selection);
}

/** The query string for what the store shows now. */
export function urlQueryOf(state: Store): string {
  return serializeUrlState({
    center: state.center,
    zoom: state.zoom,
    layers: LAYER_IDS.filter((id) => state.visibleLayers[id]),
    filters: state.filters,
    selection: state.selection,
  });
}

const shownChanged = (next: Store, prev: Store) =>
  next.center !== prev.center || next.zoom !== prev.zoom || next.visibleLayers !== prev.visibleLayers
  || next.filters !== prev.filters || next.selection !== prev.selection;

/** Keeps the address bar on the current picture (replaceState, debounced), so a copied link reopens it. */
export function useUrlSync(delayMs = 400): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      const next = `${window.location.pathname}?${urlQueryOf(useStore.getState())}${window.location.hash}`;
      const now = `${window.location.pathname}${window.location.search}${window.location.hash}`;
      if (next !== now) window.history.replaceState(window.history.state, '', next);
    };
    const unsubscribe = useStore.subscribe((next, prev) => {
      if (!shownChanged(next, prev)) return;
      clearTimeout(timer);
      timer = setTimeout(write, delayMs);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [delayMs]);
}
