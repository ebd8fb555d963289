// The basemap's MapLibre style: dark, for a command-center wall screen. Pure and without Node
// imports, so a browser could build it too. Nothing in it leaves the page's origin: no sprite, and
// no glyphs URL — MapLibre GL JS (≥ 5.11) draws text with the page's own fonts when `glyphs` is
// omitted, taking `text-font` as CSS font families.
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { ADMIN1_MIN_ZOOM, BASEMAP_DETAIL_ZOOM, CHINA_ID, CHINA_SAR_IDS, TAIWAN_ID } from './basemap-constants';
import { ZH_LABEL_TEXT } from './country-names';

export type BasemapLang = 'zh-CN' | 'en';
export const BASEMAP_LANGS: readonly BasemapLang[] = ['zh-CN', 'en'];

/** A CSS font family the page serves itself (the client loads it from @fontsource/noto-sans-sc). */
export const BASEMAP_FONT = 'Noto Sans SC';
/**
 * Style metadata: the characters the labels draw beyond Latin-1. MapLibre waits for the font with
 * `document.fonts.load(font)`, which fetches only the subset that holds a space, and Noto Sans SC
 * comes in ~100 unicode-range subsets; a glyph drawn before its subset arrives is drawn (and kept)
 * in a fallback font. So the page loads these first: `document.fonts.load('48px "Noto Sans SC"', text)`.
 */
export const FONT_PRELOAD_TEXT_KEY = 'corridor:font-preload-text';

/** Data layers go below this one, so that country names stay readable over them. */
export const BASEMAP_LABEL_LAYER_ID = 'country-labels';

export interface BasemapStyleOptions {
  /** `protocol://host[:port]` of the page's own server; the tile URL must be absolute. */
  origin: string;
  lang: BasemapLang;
}

const COLORS = {
  sea: '#08121d',
  land: '#122032',
  country: '#15253a',
  china: '#1f3550',
  coast: '#24405e',
  /** First-level lines: dashed, thinner and dimmer than any international border. */
  admin1: '#3b5878',
  /** China's provinces a little brighter, to read on China's lighter fill over the demo regions. */
  admin1China: '#7d9cc2',
  border: '#46678c',
  sarBorder: '#4f6d8f',
  chinaBorder: '#f2bf4d',
  label: '#8fa4bf',
  labelChina: '#eef3fa',
} as const;

const SOURCE = 'basemap';
const CHINA_FILL_IDS = [CHINA_ID, ...CHINA_SAR_IDS, TAIWAN_ID];
const byZoom = (...stops: Array<number | ExpressionSpecification>): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], ...stops] as ExpressionSpecification;

function labelText(lang: BasemapLang): ExpressionSpecification {
  return lang === 'zh-CN' ? ['coalesce', ['get', 'nameZh'], ['get', 'name']] : ['get', 'name'];
}

function layers(lang: BasemapLang): LayerSpecification[] {
  const china: ExpressionSpecification = ['==', ['get', 'china'], true];
  return [
    { id: 'background', type: 'background', paint: { 'background-color': COLORS.sea } },
    { id: 'land', type: 'fill', source: SOURCE, 'source-layer': 'land', paint: { 'fill-color': COLORS.land } },
    {
      id: 'countries', type: 'fill', source: SOURCE, 'source-layer': 'countries',
      paint: { 'fill-color': ['match', ['get', 'iso'], CHINA_FILL_IDS, COLORS.china, COLORS.country] },
    },
    {
      id: 'coastline', type: 'line', source: SOURCE, 'source-layer': 'land',
      paint: { 'line-color': COLORS.coast, 'line-width': byZoom(1, 0.4, 8, 1.2) },
    },
    {
      id: 'admin1-boundaries', type: 'line', source: SOURCE, 'source-layer': 'admin1-boundaries', minzoom: ADMIN1_MIN_ZOOM,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': ['case', china, COLORS.admin1China, COLORS.admin1],
        'line-width': byZoom(ADMIN1_MIN_ZOOM, 0.8, 8, 1.2),
        'line-dasharray': [4, 2],
      },
    },
    {
      id: 'boundaries', type: 'line', source: SOURCE, 'source-layer': 'boundaries',
      filter: ['all', ['==', ['get', 'kind'], 'country'], ['!', china]],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': COLORS.border, 'line-width': byZoom(1, 0.4, 8, 1.4) },
    },
    {
      id: 'boundaries-sar', type: 'line', source: SOURCE, 'source-layer': 'boundaries', minzoom: 5,
      filter: ['==', ['get', 'kind'], 'sar'],
      paint: { 'line-color': COLORS.sarBorder, 'line-width': 1, 'line-dasharray': [3, 2] },
    },
    {
      id: 'boundaries-china-glow', type: 'line', source: SOURCE, 'source-layer': 'boundaries', filter: china,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': COLORS.chinaBorder, 'line-opacity': 0.25, 'line-width': byZoom(1, 3, 8, 9), 'line-blur': byZoom(1, 2, 8, 6) },
    },
    {
      id: 'boundaries-china', type: 'line', source: SOURCE, 'source-layer': 'boundaries', filter: china,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': COLORS.chinaBorder, 'line-width': byZoom(1, 1, 8, 2.8) },
    },
    {
      id: BASEMAP_LABEL_LAYER_ID, type: 'symbol', source: SOURCE, 'source-layer': 'country-labels',
      // Big countries first: the number of ranks shown grows with the zoom.
      filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 12, 2, 35, 3, 80, 4, 150, 5, 1000]],
      layout: {
        'text-field': labelText(lang),
        'text-font': [BASEMAP_FONT],
        'text-size': byZoom(1, ['step', ['get', 'rank'], 14, 12, 12, 60, 11], 6, ['step', ['get', 'rank'], 22, 12, 18, 60, 15]),
        'text-letter-spacing': lang === 'zh-CN' ? 0.12 : 0.04,
        'text-max-width': 7,
        'text-padding': 4,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: {
        'text-color': ['case', ['==', ['get', 'iso'], CHINA_ID], COLORS.labelChina, COLORS.label],
        'text-halo-color': COLORS.sea,
        'text-halo-width': 1.4,
        'text-halo-blur': 0.5,
      },
    },
  ];
}

export function buildBasemapStyle({ origin, lang }: BasemapStyleOptions): StyleSpecification {
  return {
    version: 8,
    name: `Corridor basemap (${lang})`,
    metadata: { [FONT_PRELOAD_TEXT_KEY]: lang === 'zh-CN' ? ZH_LABEL_TEXT : '' },
    center: [104, 35],
    zoom: 3,
    sources: {
      [SOURCE]: {
        type: 'vector',
        tiles: [`${origin}/basemap/{z}/{x}/{y}.mvt`],
        minzoom: 0,
        // MapLibre over-zooms past here itself: the 1:50m data has nothing finer to show.
        maxzoom: BASEMAP_DETAIL_ZOOM,
        attribution: 'Natural Earth',
      },
    },
    layers: layers(lang),
  };
}
