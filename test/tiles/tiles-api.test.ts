import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_LAYERS } from '../../tiles/layers/layer-registry';
import type { TestDatabase } from '../helpers/test-database';
import { openTestApp } from '../helpers/test-app';
import { decodeTile, lonLatToTile } from '../helpers/tile-helpers';

describe('tile routes', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let checkpointTile: string;
  let anchor: [number, number];

  beforeAll(async () => {
    ({ t, app } = await openTestApp());
    const [row] = await t.db.query<{ lon: number; lat: number }>(
      `select st_x(geom) as lon, st_y(geom) as lat from checkpoints order by code limit 1`);
    anchor = [row!.lon, row!.lat];
    const { z, x, y } = lonLatToTile(anchor[0], anchor[1], 12);
    checkpointTile = `/tiles/checkpoints/${z}/${x}/${y}.mvt`;
  });
  afterAll(async () => { await app?.close(); await t?.dispose(); });

  it('lists every layer in the catalog', async () => {
    const body = (await app.inject('/tiles')).json();
    expect(body.layers.map((l: { id: string }) => l.id).sort()).toEqual(ALL_LAYERS.map((l) => l.id).sort());
  });

  it('describes each layer in TileJSON 3.0.0 with a versioned tile URL and its fields', async () => {
    for (const layer of ALL_LAYERS) {
      const response = await app.inject({ url: `/tiles/${layer.id}.json`, headers: { host: 'corridor.test' } });
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.tilejson).toBe('3.0.0');
      expect(body.tiles[0]).toMatch(new RegExp(`^http://corridor\\.test/tiles/${layer.id}/\\{z\\}/\\{x\\}/\\{y\\}\\.mvt\\?v=[\\d.]+$`));
      expect(body.vector_layers[0].id).toBe(layer.id);
      expect(Object.keys(body.vector_layers[0].fields).length).toBeGreaterThan(0);
      expect(body.bounds[0]).toBeGreaterThan(90);
      expect(body.bounds[3]).toBeLessThan(56);
    }
  });

  it('serves a tile as MVT with an ETag, and 304 when it is unchanged', async () => {
    const first = await app.inject(checkpointTile);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/vnd.mapbox-vector-tile');
    expect(decodeTile(first.rawPayload).checkpoints!.features.length).toBeGreaterThan(0);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await app.inject({ url: checkpointTile, headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
  });

  it('serves brotli and gzip by Accept-Encoding, the same tile underneath', async () => {
    const identity = (await app.inject(checkpointTile)).rawPayload;
    const br = await app.inject({ url: checkpointTile, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).equals(identity)).toBe(true);
    const gz = await app.inject({ url: checkpointTile, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).equals(identity)).toBe(true);
    expect(br.headers.vary).toBe('Accept-Encoding');
  });

  it('answers an empty tile with 204', async () => {
    const response = await app.inject('/tiles/checkpoints/8/0/0.mvt');
    expect(response.statusCode).toBe(204);
  });

  it('refuses bad addresses with 400 naming the parameter, an unknown layer with 404', async () => {
    const cases: Array<[string, number, RegExp]> = [
      ['/tiles/checkpoints/99/0/0.mvt', 400, /^z: /],
      ['/tiles/checkpoints/1/0/0.mvt', 400, /^z: .*from 2 to 16/],
      ['/tiles/checkpoints/4/16/0.mvt', 400, /^x: /],
      ['/tiles/checkpoints/4/-1/0.mvt', 400, /^x: /],
      ['/tiles/checkpoints/4/0/16.mvt', 400, /^y: /],
      ['/tiles/checkpoints/4.5/0/0.mvt', 400, /z/],
      ['/tiles/checkpoints/4/0/abc.mvt', 400, /y/],
      ['/tiles/checkpoints/4/0/99999999999999999999999.mvt', 400, /y/],
      ['/tiles/nope/4/0/0.mvt', 404, /layer/],
      ['/tiles/nope.json', 404, /layer/],
      ['/tiles/Bad%20Layer/4/0/0.mvt', 400, /layer/],
    ];
    for (const [url, status, message] of cases) {
      const response = await app.inject(url);
      expect(response.statusCode, url).toBe(status);
      expect(response.json().message, url).toMatch(message);
    }
  });

  it('runs one query for concurrent misses of the same tile', async () => {
    app.tiles.clearCache();
    const before = app.tiles.stats().encodes;
    const responses = await Promise.all(Array.from({ length: 8 }, () => app.inject(checkpointTile)));
    expect(responses.every((r) => r.statusCode === 200)).toBe(true);
    expect(app.tiles.stats().encodes - before).toBe(1);
    const cached = await app.inject(checkpointTile);
    expect(cached.statusCode).toBe(200);
    expect(app.tiles.stats().encodes - before).toBe(1);
  });

  it('drops cached tiles of a layer when its data changes', async () => {
    const before = await app.inject(checkpointTile);
    const features = decodeTile(before.rawPayload).checkpoints!.features;
    const code = features.find((f) => f.properties.status !== 'alert')!.properties.code as string;
    await t.db.query(`update checkpoints set status = 'alert' where code = $1`, [code]);
    await app.tiles.versions.refresh();
    const after = await app.inject(checkpointTile);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const changed = decodeTile(after.rawPayload).checkpoints!.features.find((f) => f.properties.code === code);
    expect(changed?.properties.status).toBe('alert');
  });

  it('keeps every low-zoom tile of every layer under 500 KB', async () => {
    for (const layer of ALL_LAYERS) {
      const bounds: number[] = (await app.inject(`/tiles/${layer.id}.json`)).json().bounds;
      for (let z = Math.max(2, layer.minZoom); z <= 6; z++) {
        const min = lonLatToTile(bounds[0]!, bounds[3]!, z);
        const max = lonLatToTile(bounds[2]!, bounds[1]!, z);
        for (let x = min.x; x <= max.x; x++) {
          for (let y = min.y; y <= max.y; y++) {
            const response = await app.inject(`/tiles/${layer.id}/${z}/${x}/${y}.mvt`);
            expect([200, 204], `${layer.id} ${z}/${x}/${y}`).toContain(response.statusCode);
            expect(response.rawPayload.length, `${layer.id} ${z}/${x}/${y}`).toBeLessThan(500 * 1024);
          }
        }
      }
    }
  });
});
