import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LAYERS, DEFAULT_VIEW, EMPTY_FILTERS, useStore } from './store';
import { applyUrlState, urlQueryOf } from './use-url-sync';

beforeEach(() => {
  useStore.setState({ ...DEFAULT_VIEW, bounds: null, filters: EMPTY_FILTERS, selection: null });
  useStore.getState().setVisibleLayers(DEFAULT_LAYERS);
});

describe('applyUrlState', () => {
  it('applies centre, zoom, layers, filters and selection', () => {
    applyUrlState('?c=100.1,21.9&z=9.5&l=checkpoints,zones&area=532822&unit=police&status=alert&sel=segment:YN-MH-012');
    const s = useStore.getState();
    expect(s.center).toEqual([100.1, 21.9]);
    expect(s.zoom).toBe(9.5);
    expect(s.bounds).toBeNull();
    expect(s.visibleLayers.checkpoints).toBe(true);
    expect(s.visibleLayers['border-segments']).toBe(false);
    expect(s.filters).toEqual({ adminArea: '532822', unitTypes: ['police'], checkpointKinds: [], checkpointStatuses: ['alert'] });
    expect(s.selection).toEqual({ type: 'segment', id: 'YN-MH-012' });
  });

  it('keeps the defaults for an empty query', () => {
    applyUrlState('');
    const s = useStore.getState();
    expect(s.center).toEqual(DEFAULT_VIEW.center);
    expect(s.visibleLayers.zones).toBe(true);
    expect(s.selection).toBeNull();
  });
});

describe('urlQueryOf', () => {
  it('round-trips through applyUrlState', () => {
    const query = 'c=100.1000,21.9000&z=9.50&l=checkpoints,zones&area=532822&sel=checkpoint:KD-00008';
    applyUrlState(`?${query}`);
    expect(urlQueryOf(useStore.getState())).toBe(query);
  });
});
