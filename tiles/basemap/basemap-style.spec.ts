import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { ADMIN1_MIN_ZOOM } from './basemap-constants';
import { BASEMAP_FONT, BASEMAP_LABEL_LAYER_ID, BASEMAP_LANGS, buildBasemapStyle } from './basemap-style';

const ORIGIN = 'http://wall-3.cc.local:8080';

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

describe('the basemap style', () => {
  it.each(BASEMAP_LANGS)('is a valid MapLibre style (%s)', (lang) => {
    expect(validateStyleMin(buildBasemapStyle({ origin: ORIGIN, lang }))).toEqual([]);
  });

  it.each(BASEMAP_LANGS)('reaches nothing but its own origin: no glyphs, no sprite (%s)', (lang) => {
    const style = buildBasemapStyle({ origin: ORIGIN, lang });
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    const remote = strings(style).filter((s) => /^https?:|^\/\//i.test(s) && !s.startsWith(`${ORIGIN}/`));
    expect(remote).toEqual([]);
    expect(style.sources.basemap).toMatchObject({ type: 'vector', tiles: [`${ORIGIN}/basemap/{z}/{x}/{y}.mvt`] });
  });

  it('labels in Chinese with an English fallback, or in English', () => {
    const label = (lang: 'zh-CN' | 'en') =>
      buildBasemapStyle({ origin: ORIGIN, lang }).layers.find((l) => l.id === BASEMAP_LABEL_LAYER_ID);
    expect(label('zh-CN')?.layout).toMatchObject({ 'text-field': ['coalesce', ['get', 'nameZh'], ['get', 'name']], 'text-font': [BASEMAP_FONT] });
    expect(label('en')?.layout).toMatchObject({ 'text-field': ['get', 'name'], 'text-font': [BASEMAP_FONT] });
  });

  it('draws the sea, then land, countries and borders, China\'s border over the rest, labels on top', () => {
    const ids = buildBasemapStyle({ origin: ORIGIN, lang: 'zh-CN' }).layers.map((l) => l.id);
    expect(ids[0]).toBe('background');
    expect(ids.indexOf('land')).toBeLessThan(ids.indexOf('countries'));
    expect(ids.indexOf('boundaries')).toBeLessThan(ids.indexOf('boundaries-china'));
    expect(ids.at(-1)).toBe(BASEMAP_LABEL_LAYER_ID);
  });

  it('draws first-level boundaries from z4, dashed and thinner, between the fills and the international borders', () => {
    const layers = buildBasemapStyle({ origin: ORIGIN, lang: 'zh-CN' }).layers;
    const ids = layers.map((l) => l.id);
    const admin1 = layers.find((l) => l.id === 'admin1-boundaries');
    const border = layers.find((l) => l.id === 'boundaries');
    expect(admin1).toMatchObject({ type: 'line', 'source-layer': 'admin1-boundaries', minzoom: ADMIN1_MIN_ZOOM });
    expect(ADMIN1_MIN_ZOOM).toBe(4);
    expect(admin1?.paint).toHaveProperty('line-dasharray');
    expect(border?.paint).not.toHaveProperty('line-dasharray');
    // Both widths are linear in zoom; at z8 (the detail zoom) the province line is the thinner.
    const widthAtZ8 = (paint: unknown) => ((paint as Record<string, unknown[]>)['line-width']!).at(-1);
    expect(widthAtZ8(admin1?.paint)).toBeLessThan(widthAtZ8(border?.paint) as number);
    expect(ids.indexOf('countries')).toBeLessThan(ids.indexOf('admin1-boundaries'));
    expect(ids.indexOf('admin1-boundaries')).toBeLessThan(ids.indexOf('boundaries'));
  });
});
