import { useEffect, useRef, useState } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useStore } from '../state/store';
import { MapController } from './map-controller';

export const BASEMAP_STYLE_URL = '/basemap/style.json';

/** The map, filling its positioned parent. Reads and writes the store; owns no state of its own. */
export function MapView() {
  const containerRef = useRef<HTMLDivElement>(null);
  const [controller, setController] = useState<MapController | null>(null);
  const visibleLayers = useStore((s) => s.visibleLayers);
  const filters = useStore((s) => s.filters);
  const selection = useStore((s) => s.selection);
  const language = useStore((s) => s.language);
  const flyTo = useStore((s) => s.flyTo);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    // Created once; later changes reach it through the setters below.
    const s = useStore.getState();
    const created = new MapController(container, {
      styleUrl: BASEMAP_STYLE_URL,
      initialView: { center: s.center, zoom: s.zoom },
      language: s.language,
      visibleLayers: s.visibleLayers,
      filters: s.filters,
      selection: s.selection,
      onViewChange: (view) => useStore.getState().setView(view),
      onHover: (info) => useStore.getState().setHover(info),
      onSelect: (selected) => useStore.getState().select(selected),
    });
    setController(created);
    return () => {
      created.destroy();
      setController(null);
    };
  }, []);

  useEffect(() => controller?.setVisibleLayers(visibleLayers), [controller, visibleLayers]);
  useEffect(() => controller?.setFilters(filters), [controller, filters]);
  useEffect(() => controller?.setSelection(selection), [controller, selection]);
  useEffect(() => controller?.setLanguage(language), [controller, language]);
  // `flyTo.id` changes with every request, so asking for the same bbox twice flies twice.
  const lastFlyTo = useRef<number | null>(null);
  useEffect(() => {
    if (!controller || !flyTo || flyTo.id === lastFlyTo.current) return;
    lastFlyTo.current = flyTo.id;
    controller.flyToBbox(flyTo.bbox);
  }, [controller, flyTo]);

  return <div ref={containerRef} data-testid="map" style={{ position: 'absolute', inset: 0 }} />;
}
