import { VectorTile } from '@mapbox/vector-tile';
import Pbf from 'pbf';
import { describe, expect, it } from 'vitest';
import { encodePointTile } from './mvt-writer';

const decode = (bytes: Uint8Array) => new VectorTile(new Pbf(bytes));

describe('encodePointTile', () => {
  it('writes points with their attributes that a standard MVT reader reads back', () => {
    const tile = decode(encodePointTile([{
      name: 'checkpoints', extent: 4096,
      points: [
        { x: 100.4, y: 4000, properties: { cluster: true, count: 12, name: '勐康', ratio: 0.25, delta: -3, skipped: undefined } },
        { x: -20, y: 4150, properties: { cluster: true, count: 12 } },
      ],
    }]));
    const layer = tile.layers.checkpoints!;
    expect(layer.extent).toBe(4096);
    expect(layer.version).toBe(2);
    expect(layer.length).toBe(2);
    const first = layer.feature(0);
    expect(first.type).toBe(1);
    expect(first.properties).toEqual({ cluster: true, count: 12, name: '勐康', ratio: 0.25, delta: -3 });
    expect(first.loadGeometry()[0]!.map((p) => [p.x, p.y])).toEqual([[100, 4000]]);
    expect(layer.feature(1).loadGeometry()[0]!.map((p) => [p.x, p.y])).toEqual([[-20, 4150]]);
  });

  it('writes several layers; an empty one is no layer to a reader', () => {
    const tile = decode(encodePointTile([
      { name: 'a', extent: 512, points: [{ x: 1, y: 2, properties: {} }] },
      { name: 'b', extent: 4096, points: [] },
      { name: 'c', extent: 4096, points: [{ x: 3, y: 4, properties: { n: 1 } }] },
    ]));
    expect(Object.keys(tile.layers).sort()).toEqual(['a', 'c']);
    expect(tile.layers.a!.extent).toBe(512);
    expect(tile.layers.c!.feature(0).properties).toEqual({ n: 1 });
  });
});
