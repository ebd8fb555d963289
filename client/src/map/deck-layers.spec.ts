import type { Layer } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import { buildLayers, checkpointPasses, type CheckpointFeature, type DeckLayersState } from './deck-layers';

const state = (patch: Partial<DeckLayersState> = {}): DeckLayersState => ({
  checkpointTiles: 'http://127.0.0.1:8080/tiles/checkpoints/{z}/{x}/{y}.mvt?v=3', visible: true, kinds: [], statuses: [],
  selectedCheckpoint: null, beforeId: 'corridor-admin-areas-label', mvtWorkerUrl: 'http://127.0.0.1:8080/assets/mvt-worker.js', ...patch,
});
const point = (properties: CheckpointFeature['properties'], coordinates = [0.5, 0.5]): CheckpointFeature =>
  ({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties });
const cell = { cluster: true, count: 10, staffed: 6, unstaffed: 2, alert: 1, closed: 1 };

/** Calls the checkpoints layer's renderSubLayers as the tile layer would, for one tile of `data`. */
function subLayers(s: DeckLayersState, data: CheckpointFeature[]): Layer[] {
  const [mvt] = buildLayers(s);
  const render = (mvt!.props as unknown as { renderSubLayers: (p: object) => Layer[] }).renderSubLayers;
  return render({ id: 'checkpoints-0-0-2', data, tile: { index: { x: 0, y: 0, z: 2 } } });
}

describe('buildLayers', () => {
  it('builds nothing until the tile URL is known', () => {
    expect(buildLayers(state({ checkpointTiles: null }))).toEqual([]);
  });

  it('keeps its ids whatever the state', () => {
    const a = buildLayers(state()).map((l) => l.id);
    const b = buildLayers(state({ visible: false, kinds: ['port'], statuses: ['alert'], selectedCheckpoint: 'KD-1', beforeId: undefined })).map((l) => l.id);
    expect(a).toEqual(['checkpoints']);
    expect(b).toEqual(a);
  });

  it('takes the tile template (with its data version) and beforeId as given', () => {
    const [mvt] = buildLayers(state());
    expect(mvt!.props.data).toBe('http://127.0.0.1:8080/tiles/checkpoints/{z}/{x}/{y}.mvt?v=3');
    expect((mvt!.props as { beforeId?: string }).beforeId).toBe('corridor-admin-areas-label');
    expect(mvt!.props.pickable).toBe(true);
  });

  it('parses tiles with our own copy of the MVT worker, never a CDN', () => {
    const [mvt] = buildLayers(state());
    expect(mvt!.props.loadOptions).toEqual({ mvt: { workerUrl: 'http://127.0.0.1:8080/assets/mvt-worker.js' } });
  });

  it('follows the checkpoints layer visibility', () => {
    expect(buildLayers(state())[0]!.props.visible).toBe(true);
    expect(buildLayers(state({ visible: false }))[0]!.props.visible).toBe(false);
  });

  it('changes the sub-layer trigger when filters or selection change, not otherwise', () => {
    const trigger = (s: DeckLayersState) => JSON.stringify(buildLayers(s)[0]!.props.updateTriggers);
    expect(trigger(state())).toBe(trigger(state()));
    expect(trigger(state({ kinds: ['port'] }))).not.toBe(trigger(state()));
    expect(trigger(state({ statuses: ['alert'] }))).not.toBe(trigger(state()));
    expect(trigger(state({ adminArea: '532822' }))).not.toBe(trigger(state()));
    expect(trigger(state({ selectedCheckpoint: 'KD-1' }))).not.toBe(trigger(state()));
  });

  it('asks for no tiles below z9: the cells there are MapLibre\'s', () => {
    expect(buildLayers(state())[0]!.props).toMatchObject({ minZoom: 9, maxZoom: 16 });
  });

  it('draws only the checkpoints that pass the filters', () => {
    const data = [point({ code: 'A', kind: 'port', status: 'alert' }), point({ code: 'B', kind: 'checkpoint', status: 'staffed' })];
    const [all] = subLayers(state(), data);
    const [ports] = subLayers(state({ kinds: ['port'] }), data);
    expect((all!.props.data as CheckpointFeature[]).map((f) => f.properties.code)).toEqual(['A', 'B']);
    expect((ports!.props.data as CheckpointFeature[]).map((f) => f.properties.code)).toEqual(['A']);
  });

  it('draws single checkpoints as circles, never a cell', () => {
    const [points] = subLayers(state(), [point({ code: 'A', kind: 'port', status: 'alert' }), point(cell)]);
    expect(points!.props).toMatchObject({ pointType: 'circle' });
    expect((points!.props.data as CheckpointFeature[]).map((f) => f.properties.code)).toEqual(['A']);
  });

  it('adds a ring layer for the selected checkpoint only when it is in the tile', () => {
    const data = [point({ code: 'A', kind: 'port', status: 'alert' })];
    expect(subLayers(state({ selectedCheckpoint: 'A' }), data).map((l) => l.id)).toEqual(['checkpoints-0-0-2', 'checkpoints-0-0-2-selected']);
    expect(subLayers(state({ selectedCheckpoint: 'Z' }), data).map((l) => l.id)).toEqual(['checkpoints-0-0-2']);
  });
});

describe('checkpoint filters', () => {
  it('passes everything when nothing is chosen', () => {
    expect(checkpointPasses({ kind: 'port', status: 'closed' }, { kinds: [], statuses: [] })).toBe(true);
  });

  it('needs both the kind and the status to be chosen', () => {
    const f = { kinds: ['port' as const], statuses: ['alert' as const] };
    expect(checkpointPasses({ kind: 'port', status: 'alert' }, f)).toBe(true);
    expect(checkpointPasses({ kind: 'port', status: 'staffed' }, f)).toBe(false);
    expect(checkpointPasses({ kind: 'checkpoint', status: 'alert' }, f)).toBe(false);
  });

  it('keeps a checkpoint of the chosen county (or of the township\'s county) only', () => {
    expect(checkpointPasses({ kind: 'port', status: 'alert', countyCode: '532822' }, { kinds: [], statuses: [], adminArea: '5328' })).toBe(true);
    expect(checkpointPasses({ kind: 'port', status: 'alert', countyCode: '532822' }, { kinds: [], statuses: [], adminArea: '532822101' })).toBe(true);
    expect(checkpointPasses({ kind: 'port', status: 'alert', countyCode: '532823' }, { kinds: [], statuses: [], adminArea: '532822' })).toBe(false);
  });
});
