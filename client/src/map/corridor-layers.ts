import type {
  DataDrivenPropertyValueSpecification, ExpressionSpecification, LayerSpecification, VectorSourceSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { LEVELS, UNIT_TYPES, type LayerId, type Selection } from '../state/domain';
import type { Filters, Language } from '../state/store';
import { cellsUrl } from './cells-protocol';
import { checkpointCellLayers } from './checkpoint-cells';
import { allOf, areaOpacity, isArea, selectionFilter, unitTypeFilter } from './map-filters';
import { INK, OPACITY, PALETTE, SEGMENT_STATUS_COLORS, UNIT_TYPE_COLORS } from './map-palette';

// The MapLibre side of the Corridor layers: sources and layer specs as a pure function of state.
// Single checkpoints are not here: they are a deck.gl layer (deck-layers.ts) from z8.5, drawn
// between `below` and `labels`, where the checkpoint cells are drawn below that zoom.

/** Tile layers MapLibre has a source for (checkpoints: only their cells, below z8.5). */
export const MAPLIBRE_LAYER_IDS = ['zones', 'admin-areas', 'demo-belts', 'border-segments', 'duty-posts', 'branches', 'checkpoints'] as const;

export const sourceId = (layer: LayerId) => `corridor-${layer}`;

export interface CorridorStyleState {
  visibleLayers: Record<LayerId, boolean>;
  filters: Filters;
  selection: Selection | null;
  language: Language;
}

export interface CorridorLayers {
  /** Fills, lines, circles and the checkpoint cells: above the basemap's geometry, below the deck.gl checkpoints. */
  below: LayerSpecification[];
  /** Text: above the checkpoints, below the basemap's own labels. */
  labels: LayerSpecification[];
}

/**
 * Vector sources read from each layer's TileJSON (which carries the data version in its tile URL);
 * the checkpoint cells through the page's cells protocol, which merges close cells as deck.gl did.
 */
export function corridorSources(origin: string): Record<string, VectorSourceSpecification> {
  return Object.fromEntries(MAPLIBRE_LAYER_IDS.map((id) => {
    const url = `${origin}/tiles/${id}.json`;
    return [sourceId(id), { type: 'vector', url: id === 'checkpoints' ? cellsUrl(url) : url }];
  }));
}

const byLevel = (values: Record<(typeof LEVELS)[number], number>, fallback: number): ExpressionSpecification =>
  ['match', ['get', 'level'], ...LEVELS.flatMap((l) => [l, values[l]]), fallback] as unknown as ExpressionSpecification;

const unitTypeColor: ExpressionSpecification =
  ['match', ['get', 'unitType'], ...UNIT_TYPES.flatMap((t) => [t, UNIT_TYPE_COLORS[t]]), PALETTE.adminOutline] as unknown as ExpressionSpecification;

const segmentStatusColor: ExpressionSpecification = [
  'match', ['get', 'status'], 'alert', SEGMENT_STATUS_COLORS.alert, 'unstaffed', SEGMENT_STATUS_COLORS.unstaffed, SEGMENT_STATUS_COLORS.normal,
];

// Pixels a width in metres covers at ~35°N (the two demo regions span 21–53°N): Web Mercator
// metres per pixel at zoom z are 156543.03·cos(lat)/2^z, so the ratio doubles with each zoom.
const METRES_PER_PIXEL_Z0 = 156_543.03 * Math.cos((35 * Math.PI) / 180);
const metresToPixels = (minPx: number): DataDrivenPropertyValueSpecification<number> => [
  'interpolate', ['exponential', 2], ['zoom'],
  4, ['max', minPx, ['/', ['to-number', ['get', 'widthMeters'], 2000], METRES_PER_PIXEL_Z0 / 2 ** 4]],
  9, ['max', minPx, ['/', ['to-number', ['get', 'widthMeters'], 2000], METRES_PER_PIXEL_Z0 / 2 ** 9]],
  16, ['/', ['to-number', ['get', 'widthMeters'], 2000], METRES_PER_PIXEL_Z0 / 2 ** 16],
];

const lineWidth = (z4: number, z10: number, z14: number): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], 4, z4, 10, z10, 14, z14];

interface LayerBase { id: string; layer: LayerId; visible: boolean }

/** Adds the source, source layer, metadata and visibility every Corridor layer shares. */
function withBase<T extends Omit<LayerSpecification, 'source' | 'source-layer' | 'id' | 'metadata'>>(
  base: LayerBase, spec: T,
): LayerSpecification {
  const layout = { ...('layout' in spec ? spec.layout : {}), visibility: base.visible ? 'visible' : 'none' };
  // The style validator (and so MapLibre) rejects a `filter` key whose value is undefined.
  const { filter, ...rest } = spec as T & { filter?: unknown };
  return {
    ...rest, ...(filter === undefined ? {} : { filter }), id: base.id, source: sourceId(base.layer), 'source-layer': base.layer,
    metadata: { 'corridor:layer': base.layer }, layout,
  } as LayerSpecification;
}

/** Hides a highlight layer when there is nothing to highlight. */
const highlight = (base: Omit<LayerBase, 'visible'>, visible: boolean, filter: ReturnType<typeof selectionFilter>) =>
  ({ base: { ...base, visible: visible && filter !== null }, filter: filter ?? undefined });

export function corridorLayers(state: CorridorStyleState, textFont: string[]): CorridorLayers {
  const v = state.visibleLayers;
  const { filters, selection } = state;
  const zonesSel = highlight({ id: 'corridor-zones-selected', layer: 'zones' }, v.zones, selectionFilter(selection, 'zone'));
  const beltSel = highlight({ id: 'corridor-demo-belts-selected', layer: 'demo-belts' }, v['demo-belts'], selectionFilter(selection, 'demo-belt'));
  const segSel = highlight({ id: 'corridor-border-segments-selected', layer: 'border-segments' }, v['border-segments'], selectionFilter(selection, 'segment'));
  const postSel = highlight({ id: 'corridor-duty-posts-selected', layer: 'duty-posts' }, v['duty-posts'], selectionFilter(selection, 'duty-post'));
  const zoneFilter = unitTypeFilter(filters.unitTypes) ?? undefined;
  const area = filters.adminArea;
  // Counts are bold, as deck.gl wrote them; compose-style.ts declares the bold files under this name.
  const cells = checkpointCellLayers(filters.checkpointStatuses, [boldFont(textFont)]);

  const below: LayerSpecification[] = [
    withBase({ id: 'corridor-zones-fill', layer: 'zones', visible: v.zones }, {
      type: 'fill', filter: zoneFilter,
      paint: { 'fill-color': unitTypeColor, 'fill-opacity': OPACITY.zoneFill },
    }),
    // Coarser levels draw solid and wider; township and village zones dashed (dasharray is not data-driven).
    withBase({ id: 'corridor-zones-outline', layer: 'zones', visible: v.zones }, {
      type: 'line', filter: allOf(zoneFilter, ['in', ['get', 'level'], ['literal', ['province', 'prefecture', 'county']]]),
      paint: { 'line-color': unitTypeColor, 'line-width': byLevel({ province: 3, prefecture: 2.5, county: 2, township: 1.5, village: 1 }, 1) },
    }),
    withBase({ id: 'corridor-zones-outline-dashed', layer: 'zones', visible: v.zones }, {
      type: 'line', filter: allOf(zoneFilter, ['in', ['get', 'level'], ['literal', ['township', 'village']]]),
      paint: {
        'line-color': unitTypeColor, 'line-dasharray': [3, 2],
        'line-width': byLevel({ province: 3, prefecture: 2.5, county: 2, township: 1.5, village: 1 }, 1),
      },
    }),
    withBase(zonesSel.base, {
      type: 'line', filter: zonesSel.filter, paint: { 'line-color': PALETTE.selection, 'line-width': 3 },
    }),
    withBase({ id: 'corridor-admin-areas-outline', layer: 'admin-areas', visible: v['admin-areas'] }, {
      type: 'line',
      paint: {
        'line-color': PALETTE.adminOutline,
        'line-width': byLevel({ province: 2, prefecture: 1.5, county: 1, township: 0.6, village: 0.4 }, 0.4),
        'line-opacity': byLevel({ province: 0.9, prefecture: 0.8, county: 0.7, township: 0.55, village: 0.45 }, 0.45),
      },
    }),
    withBase({ id: 'corridor-admin-areas-focus', layer: 'admin-areas', visible: v['admin-areas'] && area !== null }, {
      type: 'line', filter: area ? isArea(area) : undefined,
      paint: { 'line-color': PALETTE.adminFocus, 'line-width': 2.5 },
    }),
    withBase({ id: 'corridor-demo-belts-band', layer: 'demo-belts', visible: v['demo-belts'] }, {
      type: 'line', layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': PALETTE.beltBand, 'line-opacity': OPACITY.beltBand, 'line-width': metresToPixels(3) },
    }),
    withBase(beltSel.base, {
      type: 'line', filter: beltSel.filter, layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': PALETTE.selection, 'line-width': lineWidth(4, 5, 6) },
    }),
    withBase({ id: 'corridor-demo-belts-centre', layer: 'demo-belts', visible: v['demo-belts'] }, {
      type: 'line', layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': PALETTE.beltCentre, 'line-width': lineWidth(1, 1.5, 2), 'line-dasharray': [4, 2] },
    }),
    withBase({ id: 'corridor-border-segments-casing', layer: 'border-segments', visible: v['border-segments'] }, {
      type: 'line', layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': PALETTE.segmentCasing, 'line-width': lineWidth(4, 7, 10),
        'line-opacity': areaOpacity(area, 0.9, OPACITY.dimmed),
      },
    }),
    withBase(segSel.base, {
      type: 'line', filter: segSel.filter, layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': PALETTE.selection, 'line-width': lineWidth(7, 11, 15) },
    }),
    withBase({ id: 'corridor-border-segments', layer: 'border-segments', visible: v['border-segments'] }, {
      type: 'line', layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': segmentStatusColor, 'line-width': lineWidth(2, 3.5, 5),
        'line-opacity': areaOpacity(area, 1, OPACITY.dimmed),
      },
    }),
    withBase({ id: 'corridor-branches', layer: 'branches', visible: v.branches }, {
      type: 'circle',
      paint: {
        'circle-color': ['case', ['==', ['get', 'cluster'], true], PALETTE.branchCluster,
          ['==', ['get', 'temporary'], true], PALETTE.branchTemporary, PALETTE.branchPermanent],
        'circle-opacity': ['case', ['==', ['get', 'cluster'], true], 0.75, 1],
        'circle-radius': ['case', ['==', ['get', 'cluster'], true],
          ['interpolate', ['linear'], ['sqrt', ['to-number', ['get', 'count'], 1]], 1, 4, 10, 14, 30, 22], 3],
      },
    }),
    withBase({ id: 'corridor-duty-posts', layer: 'duty-posts', visible: v['duty-posts'] }, {
      type: 'circle',
      paint: {
        'circle-color': PALETTE.dutyPost, 'circle-stroke-color': PALETTE.dutyPostRing,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 3, 10, 5, 14, 7], 'circle-stroke-width': 1,
      },
    }),
    withBase(postSel.base, {
      type: 'circle', filter: postSel.filter,
      paint: {
        'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': PALETTE.selection, 'circle-stroke-width': 3,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 7, 10, 9, 14, 11],
      },
    }),
    withBase({ id: 'corridor-checkpoints-cells', layer: 'checkpoints', visible: v.checkpoints }, cells.circles),
    withBase({ id: 'corridor-checkpoints-cells-count', layer: 'checkpoints', visible: v.checkpoints }, cells.counts),
  ];
  return { below, labels: labelLayers(state, textFont) };
}

/**
 * The name the label font's bold files go by in the style's `font-faces`, e.g. `Noto Sans SC Bold`;
 * where they are not declared, MapLibre reads the weight from the name and draws a local bold font.
 */
export const boldFont = (textFont: readonly string[]) => `${textFont[0] ?? 'sans-serif'} Bold`;

function labelLayers(state: CorridorStyleState, textFont: string[]): LayerSpecification[] {
  const v = state.visibleLayers;
  const name = state.language === 'en' ? ['get', 'name'] : ['coalesce', ['get', 'nameZh'], ['get', 'name']];
  const text = { 'text-color': INK.label, 'text-halo-color': INK.labelHalo, 'text-halo-width': 1.5 };
  return [
    withBase({ id: 'corridor-admin-areas-label', layer: 'admin-areas', visible: v['admin-areas'] }, {
      // One level of names at a time: prefectures at z6–8, counties at z8–11. MapLibre labels each
      // tile's piece of a polygon, so the long border strips of townships and villages would be
      // named once per tile; they wait for label points from the tile engine.
      type: 'symbol', minzoom: 6, maxzoom: 11,
      filter: ['step', ['zoom'], ['==', ['get', 'level'], 'prefecture'], 8, ['==', ['get', 'level'], 'county']],
      layout: {
        'text-field': name as ExpressionSpecification, 'text-font': textFont, 'text-size': 12, 'text-max-width': 8,
        'text-padding': 24,
      },
      paint: { ...text, 'text-opacity': 0.85 },
    }),
    withBase({ id: 'corridor-border-segments-label', layer: 'border-segments', visible: v['border-segments'] }, {
      type: 'symbol', minzoom: 10,
      layout: {
        'symbol-placement': 'line', 'text-field': ['get', 'code'], 'text-font': textFont, 'text-size': 11,
        'text-offset': [0, 1.1], 'symbol-spacing': 300,
      },
      paint: text,
    }),
  ];
}
