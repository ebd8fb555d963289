import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
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
});
