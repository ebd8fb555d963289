import type { MLFontFace, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { addProtocol, Map as MapLibreMap, setWorkerUrl, type MapMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { LAYER_IDS, type Bbox, type LayerId, type Selection } from '../state/domain';
import { EMPTY_FILTERS, type Filters, type HoverInfo, type Language } from '../state/store';
import { CELLS_PROTOCOL, loadCells } from './cells-protocol';
import { DECK_CHECKPOINTS_FROM_ZOOM } from './checkpoint-cells';
import { absolutizeStyle, basemapTextFont, composeStyle, FALLBACK_BASEMAP, type ComposedStyle } from './compose-style';
import type { CorridorStyleState } from './corridor-layers';
import type { CheckpointOverlay, CheckpointOverlayState } from './deck-overlay';
import { describeFeature } from './feature-text';
import { fontFacesOf, readFontFaceRules } from './font-faces';
import { pickMapLibre, PICKABLE_MAPLIBRE_LAYERS, selectionOf, type Picked } from './map-picking';

// The one owner of the MapLibre map and its deck.gl overlay. React creates it once and feeds it
// through setters, each a no-op when its input is unchanged; it answers through the callbacks.
// deck.gl is loaded (deck-overlay.ts, its own chunk) only when the map first nears the zoom where
// it draws single checkpoints; below that, MapLibre draws everything, checkpoint cells included.

declare global {
  interface Window { __corridorMap?: MapLibreMap }
}

export interface MapViewChange { center: [number, number]; zoom: number; bounds: Bbox }

export interface MapControllerOptions {
  /** The basemap style without its language, e.g. `/basemap/style.json`; `?lang=` is added. */
  styleUrl: string;
  initialView: { center: [number, number]; zoom: number };
  language: Language;
  visibleLayers?: Record<LayerId, boolean>;
  filters?: Filters;
  selection?: Selection | null;
  /** Where `/tiles` is served; the page's origin by default. */
  origin?: string;
  onViewChange?: (view: MapViewChange) => void;
  onHover?: (info: HoverInfo | null) => void;
  onSelect?: (selection: Selection | null) => void;
}

let globalsSet = false;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A pointer picks within this many pixels, so thin lines and small points are easy to hit by touch. */
const PICK_RADIUS_PX = 6;
/** deck.gl starts loading this much before its zoom, so zooming in rarely waits for it. */
const DECK_PREFETCH_ZOOMS = 1;
const wantsDeck = (zoom: number, checkpointsVisible: boolean) => checkpointsVisible && zoom >= DECK_CHECKPOINTS_FROM_ZOOM - DECK_PREFETCH_ZOOMS;

/** deck.gl's chunk, fetched once (again after a failed download). */
let deckModule: Promise<typeof import('./deck-overlay')> | null = null;
const importDeck = () => (deckModule ??= import('./deck-overlay').catch((error: unknown) => {
  deckModule = null;
  throw error;
}));

export class MapController {
  private map: MapLibreMap | null = null;
  private deck: CheckpointOverlay | null = null;
  /** Set while (or once) deck.gl loads; cleared when loading failed, so a later zoom tries again. */
  private deckLoad: Promise<void> | null = null;
  /** The MapLibre layer deck.gl draws under, from the last composed style. */
  private deckBeforeId: string | undefined;
  private basemap: StyleSpecification = FALLBACK_BASEMAP;
  private fontFaces: { regular: MLFontFace[]; bold: MLFontFace[] } = { regular: [], bold: [] };
  private state: CorridorStyleState;
  private loaded = false;
  private destroyed = false;
  private styleRequest = 0;
  private hoverFrame = 0;
  private hoverPoint: { x: number; y: number } | null = null;
  private hovering = false;
  private readonly origin: string;
  private readonly created: Promise<void>;
  private readonly destroyedSignal = new AbortController();

  constructor(private readonly container: HTMLElement, private readonly options: MapControllerOptions) {
    if (!globalsSet) {
      setWorkerUrl(workerUrl);
      addProtocol(CELLS_PROTOCOL, loadCells);
      globalsSet = true;
    }
    this.origin = options.origin ?? window.location.origin;
    this.state = {
      visibleLayers: options.visibleLayers ?? (Object.fromEntries(LAYER_IDS.map((id) => [id, true])) as Record<LayerId, boolean>),
      filters: options.filters ?? EMPTY_FILTERS,
      selection: options.selection ?? null,
      language: options.language,
    };
    this.created = this.create();
  }

  setVisibleLayers(visibleLayers: Record<LayerId, boolean>): void {
    if (same(visibleLayers, this.state.visibleLayers)) return;
    this.update({ visibleLayers });
  }

  setFilters(filters: Filters): void {
    if (same(filters, this.state.filters)) return;
    this.update({ filters });
  }

  setSelection(selection: Selection | null): void {
    if (same(selection, this.state.selection)) return;
    this.update({ selection });
  }

  /** Reloads the basemap in `language` (its labels); Corridor layers and loaded tiles stay. */
  setLanguage(language: Language): void {
    if (language === this.state.language) return;
    this.state = { ...this.state, language };
    const request = ++this.styleRequest;
    void this.loadBasemap(language).then((basemap) => {
      if (request !== this.styleRequest || this.destroyed) return;
      if (basemap) this.basemap = basemap;
      this.render();
    });
  }

  flyToBbox([west, south, east, north]: Bbox): void {
    void this.created.then(() => {
      this.map?.fitBounds([[west, south], [east, north]], { padding: 48, maxZoom: 13, duration: 1200 });
    });
  }

  /** Resolves once the map has drawn everything it asked for, deck.gl (when loading or loaded) and its tiles included. */
  async whenIdle(): Promise<void> {
    await this.created;
    const map = this.map;
    const destroyed = new Promise<void>((resolve) => this.destroyedSignal.signal.addEventListener('abort', () => resolve()));
    while (map && !this.destroyed) {
      const idle = map.once('idle');
      map.triggerRepaint();
      await Promise.race([idle, destroyed]);
      if (this.destroyed) return;
      const deckLoad = this.deckLoad;
      if (deckLoad && !this.deck) {
        await Promise.race([deckLoad, destroyed]);
        continue;
      }
      if (!this.deck || this.deck.isLoaded()) return;
      await sleep(100);
    }
  }

  destroy(): void {
    this.destroyed = true;
    this.destroyedSignal.abort();
    cancelAnimationFrame(this.hoverFrame);
    if (this.map) {
      this.deck?.remove();
      this.map.remove();
      if (window.__corridorMap === this.map) delete window.__corridorMap;
    }
    this.map = null;
    this.deck = null;
    delete this.container.dataset.mapReady;
  }

  private update(patch: Partial<CorridorStyleState>): void {
    this.state = { ...this.state, ...patch };
    this.render();
  }

  private async create(): Promise<void> {
    // A view that opens zoomed in (a shared link) fetches deck.gl alongside the basemap, not after the map loads.
    if (wantsDeck(this.options.initialView.zoom, this.state.visibleLayers.checkpoints)) importDeck().catch(() => undefined);
    const basemap = await this.loadBasemap(this.state.language);
    if (this.destroyed) return;
    this.basemap = basemap ?? FALLBACK_BASEMAP;
    const rules = readFontFaceRules(document);
    const family = basemapTextFont(this.basemap)[0] ?? '';
    this.fontFaces = { regular: fontFacesOf(rules, family), bold: fontFacesOf(rules, family, 'bold') };
    const { center, zoom } = this.options.initialView;
    const map = new MapLibreMap({
      container: this.container,
      style: this.compose().style,
      center,
      zoom,
      // North stays up: the border reads by its shape, and a tablet pinch must not rotate it.
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxPitch: 0,
      attributionControl: { compact: true },
    });
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    this.map = map;
    window.__corridorMap = map;
    await map.once('load');
    if (this.destroyed) return;
    this.loaded = true;
    this.listen(map);
    this.render();
    this.emitView();
    void this.whenIdle().then(() => {
      if (!this.destroyed) this.container.dataset.mapReady = 'true';
    });
  }

  private listen(map: MapLibreMap): void {
    map.on('moveend', () => this.emitView());
    map.on('movestart', () => this.setHover(null));
    map.on('mouseout', () => this.setHover(null));
    map.on('mousemove', (e) => this.scheduleHover(e));
    map.on('click', (e) => this.click(e));
    map.on('zoom', () => this.loadDeckIfNeeded());
  }

  /** Applies the state: MapLibre diffs the composed style; deck.gl, once loaded, gets new layers if its part changed. */
  private render(): void {
    const map = this.map;
    if (!map || !this.loaded) return;
    const { style, deckBeforeId } = this.compose();
    map.setStyle(style, { diff: true });
    this.deckBeforeId = deckBeforeId;
    this.deck?.setState(this.deckState());
    this.loadDeckIfNeeded();
  }

  private deckState(): CheckpointOverlayState {
    return {
      visible: this.state.visibleLayers.checkpoints,
      kinds: this.state.filters.checkpointKinds,
      statuses: this.state.filters.checkpointStatuses,
      adminArea: this.state.filters.adminArea,
      selectedCheckpoint: this.state.selection?.type === 'checkpoint' ? this.state.selection.id : null,
      beforeId: this.deckBeforeId,
    };
  }

  /** Loads deck.gl once checkpoints are on and the map is within a zoom of drawing single ones. */
  private loadDeckIfNeeded(): void {
    const map = this.map;
    if (this.deckLoad || !map || !this.loaded || !wantsDeck(map.getZoom(), this.state.visibleLayers.checkpoints)) return;
    this.deckLoad = Promise.all([importDeck(), this.loadTileTemplate('checkpoints')])
      .then(([{ CheckpointOverlay }, checkpointTiles]) => {
        if (this.destroyed || this.map !== map) return;
        this.deck = new CheckpointOverlay(map, checkpointTiles);
        this.deck.setState(this.deckState());
      })
      .catch(() => {
        // A failed chunk download: the next zoom or layer change tries again.
        this.deckLoad = null;
      });
  }

  private compose(): ComposedStyle {
    return composeStyle(this.basemap, this.state, this.origin, this.fontFaces.regular, this.fontFaces.bold);
  }

  private async loadBasemap(language: Language): Promise<StyleSpecification | null> {
    const url = new URL(this.options.styleUrl, this.origin);
    url.searchParams.set('lang', language);
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${response.status}`);
      return absolutizeStyle((await response.json()) as StyleSpecification, url.href);
    } catch {
      // The basemap is optional: Corridor layers draw over a plain background without it.
      return null;
    }
  }

  private async loadTileTemplate(layer: LayerId): Promise<string | null> {
    try {
      const response = await fetch(`${this.origin}/tiles/${layer}.json`);
      const tileJson = (await response.json()) as { tiles?: string[] };
      return tileJson.tiles?.[0] ?? null;
    } catch {
      return null;
    }
  }

  private emitView(): void {
    const map = this.map;
    if (!map) return;
    const { lng, lat } = map.getCenter();
    const b = map.getBounds();
    this.options.onViewChange?.({
      center: [lng, lat], zoom: map.getZoom(), bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
    });
  }

  /** deck.gl's checkpoints first (drawn above the MapLibre layers), then MapLibre's features, checkpoint cells first. */
  private pick(x: number, y: number): Picked | null {
    const map = this.map;
    if (!map) return null;
    const checkpoint = this.deck?.pick(x, y, PICK_RADIUS_PX);
    if (checkpoint) return checkpoint;
    const layers = PICKABLE_MAPLIBRE_LAYERS.filter((id) => map.getLayer(id));
    const r = PICK_RADIUS_PX;
    const features = map.queryRenderedFeatures([[x - r, y - r], [x + r, y + r]], { layers });
    return pickMapLibre(features.map((f) => ({
      layer: { id: f.layer.id }, properties: f.properties ?? {},
      lngLat: f.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : undefined,
    })));
  }

  private scheduleHover(e: MapMouseEvent): void {
    this.hoverPoint = { x: e.point.x, y: e.point.y };
    if (this.hoverFrame) return;
    this.hoverFrame = requestAnimationFrame(() => {
      this.hoverFrame = 0;
      const point = this.hoverPoint;
      if (!point || this.destroyed) return;
      const picked = this.pick(point.x, point.y);
      if (this.map) this.map.getCanvas().style.cursor = picked ? 'pointer' : '';
      this.setHover(picked ? { x: point.x, y: point.y, ...describeFeature(picked.kind, picked.properties, this.state.language) } : null);
    });
  }

  private setHover(info: HoverInfo | null): void {
    if (!info && !this.hovering) return;
    this.hovering = info !== null;
    this.options.onHover?.(info);
  }

  private click(e: MapMouseEvent): void {
    const map = this.map;
    if (!map) return;
    const picked = this.pick(e.point.x, e.point.y);
    if (picked?.kind === 'checkpoint-cluster') {
      map.flyTo({ center: picked.lngLat ?? e.lngLat, zoom: Math.min(map.getZoom() + 2, map.getMaxZoom()) });
      return;
    }
    const selection = picked ? selectionOf(picked) : null;
    this.options.onSelect?.(selection);
    if (selection) {
      // A tap also sends a mousemove first; the card now shows the facts, so no tooltip may linger over it.
      cancelAnimationFrame(this.hoverFrame);
      this.hoverFrame = 0;
      this.setHover(null);
    }
    // What cannot be selected (a branch) shows its tooltip on tap, so touch screens see it too.
    if (picked && !selection) {
      this.setHover({ x: e.point.x, y: e.point.y, ...describeFeature(picked.kind, picked.properties, this.state.language) });
    }
  }
}
