import { create } from 'zustand';
import {
  LAYER_IDS, type Bbox, type CheckpointKind, type CheckpointStatus, type LayerId, type Selection, type UnitType,
} from './domain';
import { createSessionSlice, type SessionSlice } from './session-slice';

// One store, sliced by concern. The MapLibre map never lives here: the map controller reads
// these slices through setters and writes back only plain values (view, hover, selection).

export interface ViewSlice {
  center: [number, number];
  zoom: number;
  /** The visible extent, written by the map; KPIs and lists follow it. */
  bounds: Bbox | null;
  /** A request to move the map; `id` changes on every request so the same bbox can be asked twice. */
  flyTo: { bbox: Bbox; id: number } | null;
  setView(view: { center: [number, number]; zoom: number; bounds: Bbox }): void;
  requestFlyTo(bbox: Bbox): void;
}

export interface LayersSlice {
  visibleLayers: Record<LayerId, boolean>;
  toggleLayer(id: LayerId): void;
  setVisibleLayers(ids: readonly LayerId[]): void;
}

export interface Filters {
  /** An admin area code at prefecture, county or township level, or null for everything. */
  adminArea: string | null;
  unitTypes: UnitType[];
  checkpointKinds: CheckpointKind[];
  checkpointStatuses: CheckpointStatus[];
}

export interface FiltersSlice {
  filters: Filters;
  setFilters(patch: Partial<Filters>): void;
  clearFilters(): void;
}

export interface HoverInfo { x: number; y: number; title: string; lines: string[] }

export interface SelectionSlice {
  selection: Selection | null;
  hover: HoverInfo | null;
  select(selection: Selection | null): void;
  setHover(hover: HoverInfo | null): void;
}

export type Language = 'zh-CN' | 'en';

export interface UiSlice {
  language: Language;
  /** Side panels; on a tablet they are drawers, closed by default. */
  panels: { layers: boolean; filters: boolean };
  setLanguage(language: Language): void;
  togglePanel(panel: keyof UiSlice['panels']): void;
}

export type Store = ViewSlice & LayersSlice & FiltersSlice & SelectionSlice & UiSlice & SessionSlice;

export const DEFAULT_VIEW = { center: [110.5, 37.5] as [number, number], zoom: 3.6 };
export const DEFAULT_LAYERS: LayerId[] = ['border-segments', 'checkpoints', 'duty-posts', 'demo-belts', 'zones', 'admin-areas'];
export const EMPTY_FILTERS: Filters = { adminArea: null, unitTypes: [], checkpointKinds: [], checkpointStatuses: [] };

const layersFrom = (ids: readonly LayerId[]) =>
  Object.fromEntries(LAYER_IDS.map((id) => [id, ids.includes(id)])) as Record<LayerId, boolean>;

let flyRequests = 0;

export const useStore = create<Store>()((set) => ({
  center: DEFAULT_VIEW.center,
  zoom: DEFAULT_VIEW.zoom,
  bounds: null,
  flyTo: null,
  setView: ({ center, zoom, bounds }) => set({ center, zoom, bounds }),
  requestFlyTo: (bbox) => set({ flyTo: { bbox, id: ++flyRequests } }),

  visibleLayers: layersFrom(DEFAULT_LAYERS),
  toggleLayer: (id) => set((s) => ({ visibleLayers: { ...s.visibleLayers, [id]: !s.visibleLayers[id] } })),
  setVisibleLayers: (ids) => set({ visibleLayers: layersFrom(ids) }),

  filters: EMPTY_FILTERS,
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  clearFilters: () => set({ filters: EMPTY_FILTERS }),

  selection: null,
  hover: null,
  select: (selection) => set({ selection }),
  setHover: (hover) => set({ hover }),

  language: 'zh-CN',
  panels: { layers: true, filters: true },
  setLanguage: (language) => set({ language }),
  togglePanel: (panel) => set((s) => ({ panels: { ...s.panels, [panel]: !s.panels[panel] } })),

  ...createSessionSlice(set),
}));
