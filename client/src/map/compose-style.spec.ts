import { validateStyleMin, type LayerSpecification, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS, type LayerId } from '../state/domain';
import { EMPTY_FILTERS } from '../state/store';
import { absolutizeStyle, basemapTextFont, composeStyle, FALLBACK_BASEMAP } from './compose-style';
import type { CorridorStyleState } from './corridor-layers';

const visible = (off: LayerId[] = []) =>
  Object.fromEntries(LAYER_IDS.map((id) => [id, !off.includes(id)])) as Record<LayerId, boolean>;
const state = (patch: Partial<CorridorStyleState> = {}): CorridorStyleState =>
  ({ visibleLayers: visible(), filters: EMPTY_FILTERS, selection: null, language: 'zh-CN', ...patch });

const basemap = (): StyleSpecification => ({
  version: 8,
  glyphs: '/basemap/fonts/{fontstack}/{range}.pbf',
  sources: { basemap: { type: 'vector', url: '/basemap/tiles.json' } },
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#0b1320' } },
    { id: 'land', type: 'fill', source: 'basemap', 'source-layer': 'land' },
    { id: 'country-label', type: 'symbol', source: 'basemap', 'source-layer': 'countries', layout: { 'text-field': ['get', 'name'], 'text-font': ['Noto Sans SC Regular'] } },
  ],
});
const ORIGIN = 'http://127.0.0.1:8080';
const layer = (layers: LayerSpecification[], id: string) => layers.find((l) => l.id === id)!;
const ids = (layers: LayerSpecification[]) => layers.map((l) => l.id);

describe('composeStyle', () => {
  it('makes a valid MapLibre style from the basemap and the Corridor layers', () => {
    const { style } = composeStyle(absolutizeStyle(basemap(), `${ORIGIN}/basemap/style.json`), state({
      filters: { ...EMPTY_FILTERS, adminArea: '532822', unitTypes: ['police'] }, selection: { type: 'zone', id: '55' },
    }), ORIGIN);
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('puts Corridor geometry above the basemap geometry and below the basemap labels', () => {
    const { style, deckBeforeId } = composeStyle(basemap(), state(), ORIGIN);
    const order = ids(style.layers);
    expect(order.indexOf('land')).toBeLessThan(order.indexOf('corridor-zones-fill'));
    expect(order.indexOf('corridor-border-segments')).toBeLessThan(order.indexOf('corridor-border-segments-label'));
    expect(order.indexOf('corridor-border-segments-label')).toBeLessThan(order.indexOf('country-label'));
    // The deck.gl checkpoints sit above every Corridor line and point (checkpoint cells and their counts included) and below every label.
    const labels = style.layers.filter((l) => l.type === 'symbol' && l.id !== 'corridor-checkpoints-cells-count');
    expect(deckBeforeId).toBe(labels[0]!.id);
    expect(order.indexOf('corridor-duty-posts')).toBeLessThan(order.indexOf('corridor-checkpoints-cells'));
    expect(order.indexOf('corridor-checkpoints-cells')).toBeLessThan(order.indexOf('corridor-checkpoints-cells-count'));
    expect(order.indexOf('corridor-checkpoints-cells-count')).toBeLessThan(order.indexOf(deckBeforeId!));
  });

  it('draws status lines over a wider casing', () => {
    const { style } = composeStyle(basemap(), state(), ORIGIN);
    const order = ids(style.layers);
    expect(order.indexOf('corridor-border-segments-casing')).toBeLessThan(order.indexOf('corridor-border-segments'));
  });

  it('reads each Corridor source from its TileJSON', () => {
    const { style } = composeStyle(basemap(), state(), ORIGIN);
    expect(style.sources['corridor-zones']).toEqual({ type: 'vector', url: `${ORIGIN}/tiles/zones.json` });
    // MapLibre draws the checkpoint cells from the same tiles as deck.gl's single checkpoints, through the cells protocol.
    expect(style.sources['corridor-checkpoints']).toEqual({ type: 'vector', url: `corridor-cells://${ORIGIN}/tiles/checkpoints.json` });
    expect(style.sources.basemap).toBeDefined();
  });

  it('uses the basemap fonts for Corridor labels', () => {
    expect(basemapTextFont(basemap())).toEqual(['Noto Sans SC Regular']);
    expect(basemapTextFont(FALLBACK_BASEMAP)).toEqual(['Noto Sans SC']);
  });

  it('draws the checkpoints below the Corridor labels over the fallback basemap too', () => {
    const { style, deckBeforeId } = composeStyle(FALLBACK_BASEMAP, state(), ORIGIN);
    expect(validateStyleMin(style)).toEqual([]);
    expect(deckBeforeId).toBe('corridor-admin-areas-label');
  });

  it('hides the layers of an invisible Corridor layer', () => {
    const { style } = composeStyle(basemap(), state({ visibleLayers: visible(['zones']) }), ORIGIN);
    const zones = style.layers.filter((l) => l.metadata && (l.metadata as Record<string, unknown>)['corridor:layer'] === 'zones');
    expect(zones.length).toBeGreaterThan(1);
    expect(zones.every((l) => l.layout?.visibility === 'none')).toBe(true);
    expect(layer(style.layers, 'corridor-border-segments').layout?.visibility).toBe('visible');
  });

  it('shows a highlight only for the selected type', () => {
    const { style } = composeStyle(basemap(), state({ selection: { type: 'segment', id: 'YN-MH-012' } }), ORIGIN);
    const segment = layer(style.layers, 'corridor-border-segments-selected');
    expect(segment.layout?.visibility).toBe('visible');
    expect((segment as { filter?: unknown }).filter).toEqual(['==', ['get', 'code'], 'YN-MH-012']);
    expect(layer(style.layers, 'corridor-zones-selected').layout?.visibility).toBe('none');
  });

  it('labels admin areas in the interface language', () => {
    const zh = layer(composeStyle(basemap(), state(), ORIGIN).style.layers, 'corridor-admin-areas-label');
    const en = layer(composeStyle(basemap(), state({ language: 'en' }), ORIGIN).style.layers, 'corridor-admin-areas-label');
    expect(JSON.stringify(zh.layout?.['text-field' as never])).toContain('nameZh');
    expect(en.layout?.['text-field' as never]).toEqual(['get', 'name']);
  });

  it('filters zones by unit type and dims segments outside the area', () => {
    const { style } = composeStyle(basemap(), state({ filters: { ...EMPTY_FILTERS, adminArea: '5328', unitTypes: ['police'] } }), ORIGIN);
    expect((layer(style.layers, 'corridor-zones-fill') as { filter?: unknown }).filter).toEqual(['in', ['get', 'unitType'], ['literal', ['police']]]);
    expect(JSON.stringify(layer(style.layers, 'corridor-border-segments').paint)).toContain('"5328"');
    expect(layer(style.layers, 'corridor-admin-areas-focus').layout?.visibility).toBe('visible');
  });

  it('gives every layer a stable id, whatever the state', () => {
    const a = ids(composeStyle(basemap(), state(), ORIGIN).style.layers);
    const b = ids(composeStyle(basemap(), state({
      visibleLayers: visible(['zones', 'branches']), selection: { type: 'zone', id: '1' },
      filters: { ...EMPTY_FILTERS, adminArea: '53' }, language: 'en',
    }), ORIGIN).style.layers);
    expect(b).toEqual(a);
  });
});

describe('composeStyle font faces', () => {
  const faces = [{ url: 'http://127.0.0.1:8080/a.woff2', 'unicode-range': ['U+4E00-4E7F'] }];

  it('declares the page font files for the label font', () => {
    const { style } = composeStyle(basemap(), state(), ORIGIN, faces);
    expect(style['font-faces']).toEqual({ 'Noto Sans SC Regular': faces });
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('declares the bold files under the name the checkpoint counts are written in', () => {
    const bold = [{ url: 'http://127.0.0.1:8080/b.woff2', 'unicode-range': ['U+0030-0039'] }];
    const { style } = composeStyle(basemap(), state(), ORIGIN, faces, bold);
    expect(style['font-faces']).toEqual({ 'Noto Sans SC Regular': faces, 'Noto Sans SC Regular Bold': bold });
    expect(layer(style.layers, 'corridor-checkpoints-cells-count').layout).toMatchObject({ 'text-font': ['Noto Sans SC Regular Bold'] });
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('keeps the basemap font faces when it has its own', () => {
    const own = { 'Noto Sans SC': 'http://localhost/font.woff2' };
    expect(composeStyle({ ...basemap(), 'font-faces': own }, state(), ORIGIN, faces).style['font-faces']).toEqual(own);
  });
});

describe('absolutizeStyle', () => {
  it('resolves source, glyph and sprite URLs against the style URL and keeps placeholders', () => {
    const style = absolutizeStyle({ ...basemap(), sprite: '/basemap/sprite' }, `${ORIGIN}/basemap/style.json?lang=en`);
    expect(style.glyphs).toBe(`${ORIGIN}/basemap/fonts/{fontstack}/{range}.pbf`);
    expect(style.sources.basemap).toEqual({ type: 'vector', url: `${ORIGIN}/basemap/tiles.json` });
    expect(style.sprite).toBe(`${ORIGIN}/basemap/sprite`);
  });
});
