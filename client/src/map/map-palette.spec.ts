import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../state/domain';
import { EMPTY_FILTERS } from '../state/store';
import { composeStyle } from './compose-style';
import {
  CHECKPOINT_KIND_STYLE, CHECKPOINT_STATUS_COLORS, INK, LEGEND, PALETTE, rgba, SEGMENT_STATUS_COLORS, UNIT_TYPE_COLORS,
} from './map-palette';

const legendColors = () => new Set(LEGEND.flatMap((g) => g.items.flatMap((i) => [i.color, i.strokeColor]))
  .filter((c): c is string => Boolean(c)).map((c) => c.toLowerCase()));

describe('LEGEND', () => {
  it('names every colour of the palette', () => {
    const palette = [
      ...Object.values(SEGMENT_STATUS_COLORS), ...Object.values(CHECKPOINT_STATUS_COLORS),
      ...Object.values(CHECKPOINT_KIND_STYLE).map((k) => k.ring), ...Object.values(UNIT_TYPE_COLORS), ...Object.values(PALETTE),
    ];
    const missing = palette.filter((c) => !legendColors().has(c.toLowerCase()));
    expect(missing).toEqual([]);
  });

  it('names every colour the MapLibre layers draw with, except label ink', () => {
    const everything = Object.fromEntries(LAYER_IDS.map((id) => [id, true])) as Record<(typeof LAYER_IDS)[number], boolean>;
    const { style } = composeStyle(
      { version: 8, glyphs: 'http://127.0.0.1:8080/{fontstack}/{range}.pbf', sources: {}, layers: [] },
      { visibleLayers: everything, filters: { ...EMPTY_FILTERS, adminArea: '5328' }, selection: { type: 'segment', id: 'A' }, language: 'en' },
      'http://127.0.0.1:8080',
    );
    const used = JSON.stringify(style.layers).match(/#[0-9a-f]{6}/gi) ?? [];
    const ink = new Set(Object.values(INK).map((c) => c.toLowerCase()));
    const missing = [...new Set(used.map((c) => c.toLowerCase()))].filter((c) => !ink.has(c) && !legendColors().has(c));
    expect(used.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it('gives every item an i18n key under legend.', () => {
    const keys = LEGEND.flatMap((g) => [g.titleKey, ...g.items.map((i) => i.labelKey)]);
    expect(keys.every((k) => /^legend\.[\w.-]+$/.test(k))).toBe(true);
    expect(new Set(LEGEND.flatMap((g) => g.items.map((i) => i.labelKey))).size).toBe(LEGEND.flatMap((g) => g.items).length);
  });

  it('only names layers the store knows', () => {
    expect(LEGEND.every((g) => (LAYER_IDS as readonly string[]).includes(g.layer))).toBe(true);
  });
});

describe('rgba', () => {
  it('turns #rrggbb and an alpha into an RGBA array', () => {
    expect(rgba('#ef4444', 128)).toEqual([239, 68, 68, 128]);
    expect(rgba('#000000')).toEqual([0, 0, 0, 255]);
  });
});
