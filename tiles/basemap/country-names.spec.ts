import { describe, expect, it } from 'vitest';
import { loadWorldAtlas } from './basemap-features';
import { countryNameZh, ZH_LABEL_TEXT, ZH_NAMED_IDS } from './country-names';

describe('Chinese country names', () => {
  it('name only countries that exist in the data, China\'s neighbours among them', () => {
    const ids = new Set(loadWorldAtlas('countries-50m.json').objects.countries.geometries.map((g) => String(g.id)));
    expect(ZH_NAMED_IDS.filter((id) => !ids.has(id))).toEqual([]);
    const neighbours = ['156', '104', '418', '704', '643', '496', '356', '064', '524', '398', '417', '762', '004', '586', '408', '410', '392', '764', '116', '608'];
    expect(neighbours.filter((id) => !countryNameZh(id))).toEqual([]);
    expect(countryNameZh('156')).toBe('中国');
    expect(countryNameZh(undefined)).toBeUndefined();
  });

  it('list each character the labels draw once', () => {
    expect(new Set(ZH_LABEL_TEXT).size).toBe(ZH_LABEL_TEXT.length);
    for (const char of '中国缅甸（）') expect(ZH_LABEL_TEXT).toContain(char);
  });
});
