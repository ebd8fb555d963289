// Shared by the tile builder and the style, without the builder's Node imports, so the style
// builder stays usable in a browser.

export const BASEMAP_LAYERS = ['land', 'countries', 'admin1-boundaries', 'boundaries', 'country-labels'] as const;
export type BasemapLayer = (typeof BASEMAP_LAYERS)[number];

/** geojson-vt keeps full detail down to here; deeper tiles are cut from their z8 ancestor. */
export const BASEMAP_DETAIL_ZOOM = 8;
export const BASEMAP_MAX_ZOOM = 14;
/** First-level (province, state) boundaries are in tiles from here on; a world view needs none. */
export const ADMIN1_MIN_ZOOM = 4;

/** ISO 3166-1 numeric ids as world-atlas writes them. */
export const CHINA_ID = '156';
/** Hong Kong and Macao: their line with the mainland is a SAR boundary, not an international one. */
export const CHINA_SAR_IDS: readonly string[] = ['344', '446'];
/** Natural Earth draws Taiwan as its own admin-0 unit; the style fills it with China. */
export const TAIWAN_ID = '158';
