import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_LAYERS } from '../../tiles/layers/layer-registry';
import { TileEngine } from '../../tiles/tile-engine';
import { openTestDatabase, type TestDatabase } from '../helpers/test-database';
import { lonLatToTile } from '../helpers/tile-helpers';

// The engine answers tiles it knows to be empty without a query (tiles/occupancy.ts). That must
// never drop a feature: around real features, where skipped and non-empty tiles meet, every tile
// the engine serves must be byte for byte what its encoder makes from the database.

const ZOOMS = [3, 5, 7, 9, 11, 13, 14, 15];

describe('empty tiles known without a query', () => {
  let t: TestDatabase;
  let engine: TileEngine;

  beforeAll(async () => {
    t = await openTestDatabase();
    engine = await TileEngine.create({ db: t.db });
  });
  afterAll(async () => { await t?.dispose(); });

  for (const layer of ALL_LAYERS) {
    it(`${layer.id}: every tile around its first and last features is what the encoder makes`, async () => {
      const anchors = await t.db.query<{ lon: number; lat: number }>(
        `select st_x(p) as lon, st_y(p) as lat from (
           (select st_pointonsurface(geom) as p from ${layer.table} order by code limit 1)
           union all (select st_pointonsurface(geom) as p from ${layer.table} order by code desc limit 1)) s`);
      const before = engine.stats();
      for (const { lon, lat } of anchors) {
        for (const z of ZOOMS.filter((zoom) => zoom >= layer.minZoom && zoom <= layer.maxZoom)) {
          const centre = lonLatToTile(lon, lat, z);
          for (const [dx, dy] of [[-1, -1], [0, -1], [1, -1], [-1, 0], [0, 0], [1, 0], [-1, 1], [0, 1], [1, 1]] as const) {
            const tile = { z, x: centre.x + dx, y: centre.y + dy };
            const served = await engine.getTile(layer, tile);
            const direct = await engine.encoder.encode(t.db, layer, tile);
            expect(Buffer.from(served.tile.raw).equals(Buffer.from(direct)), `${layer.id} ${z}/${tile.x}/${tile.y}`).toBe(true);
          }
        }
      }
      const after = engine.stats();
      // Both paths ran: some tiles were found empty without a query, others were encoded.
      expect(after.skipped - before.skipped, 'tiles skipped').toBeGreaterThan(0);
      expect(after.encodes - before.encodes, 'tiles encoded').toBeGreaterThan(0);
    });
  }

  it('a tile that was empty has the new feature once the data changes', async () => {
    const layer = ALL_LAYERS.find((l) => l.id === 'checkpoints')!;
    // A spot far from the demo data: in the Pacific, where the z14 tile is skipped as empty.
    const tile = lonLatToTile(-150.5, 10.5, 14);
    const skippedBefore = engine.stats().skipped;
    expect((await engine.getTile(layer, tile)).tile.raw.length).toBe(0);
    expect(engine.stats().skipped).toBe(skippedBefore + 1);

    const [segment] = await t.db.query<{ code: string }>('select code from border_segments order by code limit 1');
    await t.db.query(
      `insert into checkpoints (code, name, name_zh, kind, status, segment_code, geom)
       values ('TEST-EMPTY-1', 'Test point', '测试卡点', 'checkpoint', 'staffed', $1, st_setsrid(st_makepoint(-150.5, 10.5), 4326))`,
      [segment!.code]);
    await engine.versions.refresh();
    const after = await engine.getTile(layer, tile);
    expect(after.tile.raw.length).toBeGreaterThan(0);
    expect(Buffer.from(after.tile.raw).equals(Buffer.from(await engine.encoder.encode(t.db, layer, tile)))).toBe(true);
  });
});
