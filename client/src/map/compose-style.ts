import type { LayerSpecification, MLFontFace, SourceSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { boldFont, corridorLayers, corridorSources, type CorridorStyleState } from './corridor-layers';

// The map's whole style is a pure function of the basemap style and the store's state; the
// controller hands each new one to `map.setStyle(style, { diff: true })`, which applies only what
// changed (a filter, a visibility, a label language) and keeps loaded tiles.

export const FALLBACK_BASEMAP: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#0b1320' } }],
};

export interface ComposedStyle {
  style: StyleSpecification;
  /** The layer the deck.gl checkpoints are drawn under; undefined puts them on top. */
  deckBeforeId: string | undefined;
}

/** The CSS font family (or glyph font stack) MapLibre draws Corridor labels with. */
export const DEFAULT_TEXT_FONT = ['Noto Sans SC'];

/**
 * The fonts the basemap's labels use, so Corridor labels look the same. Without a `glyphs` URL,
 * MapLibre (≥ 5.11) draws text with the page's fonts and reads `text-font` as CSS families.
 */
export function basemapTextFont(basemap: StyleSpecification): string[] {
  for (const layer of basemap.layers) {
    const font = layer.type === 'symbol' ? layer.layout?.['text-font'] : undefined;
    if (Array.isArray(font) && font.every((f) => typeof f === 'string')) return font as string[];
  }
  return DEFAULT_TEXT_FONT;
}

/**
 * @param fontFaces - the page's files for the label font (see font-faces.ts); used only when the
 * basemap declares no `font-faces` of its own
 * @param boldFontFaces - the same for its bold weight (the checkpoint cells' counts)
 */
export function composeStyle(
  basemap: StyleSpecification, state: CorridorStyleState, origin: string,
  fontFaces: readonly MLFontFace[] = [], boldFontFaces: readonly MLFontFace[] = [],
): ComposedStyle {
  const textFont = basemapTextFont(basemap);
  const faces = textFont[0] && fontFaces.length ? {
    [textFont[0]]: [...fontFaces], ...(boldFontFaces.length ? { [boldFont(textFont)]: [...boldFontFaces] } : {}),
  } : null;
  const corridor = corridorLayers(state, textFont);
  const firstLabel = basemap.layers.findIndex((l) => l.type === 'symbol');
  const split = firstLabel < 0 ? basemap.layers.length : firstLabel;
  const basemapLabels = basemap.layers.slice(split);
  const layers: LayerSpecification[] = [
    ...basemap.layers.slice(0, split), ...corridor.below, ...corridor.labels, ...basemapLabels,
  ];
  return {
    style: {
      ...basemap,
      ...(!basemap['font-faces'] && faces ? { 'font-faces': faces } : {}),
      sources: { ...basemap.sources, ...corridorSources(origin) },
      layers,
    },
    deckBeforeId: (corridor.labels[0] ?? basemapLabels[0])?.id,
  };
}

const absolute = (url: string, base: string) => {
  try {
    return new URL(url, base).href.replace(/%7B/g, '{').replace(/%7D/g, '}');
  } catch {
    return url;
  }
};

/**
 * Resolves the relative URLs of a fetched style against the style's own URL: tiles are fetched on
 * MapLibre's worker, where a relative URL would resolve against the worker script instead.
 */
export function absolutizeStyle(style: StyleSpecification, styleUrl: string): StyleSpecification {
  const sources = Object.fromEntries(Object.entries(style.sources).map(([id, source]): [string, SourceSpecification] => {
    const s = { ...source } as SourceSpecification & { url?: string; tiles?: string[]; data?: unknown };
    if (typeof s.url === 'string') s.url = absolute(s.url, styleUrl);
    if (Array.isArray(s.tiles)) s.tiles = s.tiles.map((t) => absolute(t, styleUrl));
    if (typeof s.data === 'string') s.data = absolute(s.data, styleUrl);
    return [id, s];
  }));
  const sprite = typeof style.sprite === 'string'
    ? absolute(style.sprite, styleUrl)
    : style.sprite?.map((s) => ({ ...s, url: absolute(s.url, styleUrl) }));
  return {
    ...style,
    sources,
    ...(style.glyphs ? { glyphs: absolute(style.glyphs, styleUrl) } : {}),
    ...(sprite ? { sprite } : {}),
  };
}
