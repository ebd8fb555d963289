import { VectorTile } from '@mapbox/vector-tile';
import Pbf from 'pbf';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cellsUrl, loadCells } from './cells-protocol';
import { encodePointTile } from './mvt-writer';

const ORIGIN = 'http://127.0.0.1:8080';

describe('loadCells', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reads the TileJSON from our origin and routes its tiles through the protocol', async () => {
    const fetch = vi.fn(async () => Response.json({ tiles: [`${ORIGIN}/tiles/checkpoints/{z}/{x}/{y}.mvt?v=7`], maxzoom: 16 }));
    vi.stubGlobal('fetch', fetch);
    const { data } = await loadCells({ url: cellsUrl(`${ORIGIN}/tiles/checkpoints.json`), type: 'json' }, new AbortController());
    expect(fetch).toHaveBeenCalledWith(`${ORIGIN}/tiles/checkpoints.json`, expect.objectContaining({ signal: expect.any(AbortSignal) }));
    expect(data).toEqual({ tiles: [`corridor-cells://${ORIGIN}/tiles/checkpoints/{z}/{x}/{y}.mvt?v=7`], maxzoom: 16 });
  });

  it('hands MapLibre each tile with its cells regrouped', async () => {
    const tile = encodePointTile([{
      name: 'checkpoints', extent: 4096,
      points: [{ x: 2048, y: 2048, properties: { cluster: true, count: 3 } }, { x: 2060, y: 2048, properties: { cluster: true, count: 1 } }],
    }]);
    vi.stubGlobal('fetch', vi.fn(async () => new Response(new Uint8Array(tile))));
    const { data } = await loadCells({ url: cellsUrl(`${ORIGIN}/tiles/checkpoints/5/25/13.mvt?v=7`), type: 'arrayBuffer' }, new AbortController());
    const layer = new VectorTile(new Pbf(data as ArrayBuffer)).layers.checkpoints!;
    expect(layer.length).toBe(1);
    expect(layer.feature(0).properties).toMatchObject({ cluster: true, count: 4 });
  });

  it('answers an empty tile (204) with no bytes, and fails on an error status', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 204 })));
    const empty = await loadCells({ url: cellsUrl(`${ORIGIN}/tiles/checkpoints/5/0/0.mvt`), type: 'arrayBuffer' }, new AbortController());
    expect((empty.data as ArrayBuffer).byteLength).toBe(0);
    vi.stubGlobal('fetch', vi.fn(async () => new Response('no', { status: 503 })));
    await expect(loadCells({ url: cellsUrl(`${ORIGIN}/tiles/checkpoints/5/0/0.mvt`), type: 'arrayBuffer' }, new AbortController())).rejects.toThrow(/503/);
  });
});
