import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState } from './url-state';
import { EMPTY_FILTERS } from './store';

describe('url state', () => {
  it('round-trips centre, zoom, layers, filters and selection', () => {
    const state = {
      center: [100.1234, 21.9876] as [number, number],
      zoom: 9.5,
      layers: ['border-segments' as const, 'zones' as const],
      filters: { adminArea: '532822', unitTypes: ['police' as const], checkpointKinds: ['port' as const], checkpointStatuses: ['alert' as const, 'closed' as const] },
      selection: { type: 'segment' as const, id: 'YN-MH-012' },
    };
    const text = serializeUrlState(state);
    expect(text).toContain('sel=segment:YN-MH-012');
    expect(parseUrlState(`?${text}`)).toEqual(state);
  });

  it('ignores what it cannot read', () => {
    const state = parseUrlState('?c=abc&z=99&l=nope,zones&unit=navy&sel=planet:x&area=%27;drop');
    expect(state).toEqual({ layers: ['zones'], filters: EMPTY_FILTERS, selection: null });
  });
});
