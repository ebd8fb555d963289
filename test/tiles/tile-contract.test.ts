import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nativeEncoder } from '../../tiles/encoders/native-encoder';
import { portableEncoder } from '../../tiles/encoders/portable-encoder';
import { ALL_LAYERS } from '../../tiles/layers/layer-registry';
import type { LayerDefinition } from '../../tiles/layers/layer-definition';
import { attributeNames, isClustered } from '../../tiles/sql/tile-sql';
import { TEST_BACKEND } from '../helpers/test-backend';
import { openTestDatabase, type TestDatabase } from '../helpers/test-database';
import { decodeTile, GEOMETRY_CODES, lonLatToTile, ringArea } from '../helpers/tile-helpers';

// One tile contract for every encoder: the layer is named after its id, features carry the
// geometry type of the layer and exactly the attributes the layer declares at that zoom.

const ZOOMS = [3, 5, 7, 9, 11, 13, 15];

describe('the tile contract', () => {
  let t: TestDatabase;
  const anchors = new Map<string, [number, number]>();

  beforeAll(async () => {
    t = await openTestDatabase();
    for (const layer of ALL_LAYERS) {
      // A point on a real feature of the layer, so each tile below has something in it.
      const [row] = await t.db.query<{ lon: number; lat: number }>(
        `select st_x(p) as lon, st_y(p) as lat from (select st_pointonsurface(geom) as p, code from ${layer.table} order by code limit 1) s`);
      anchors.set(layer.id, [row!.lon, row!.lat]);
    }
  });
  afterAll(async () => { await t?.dispose(); });

  const tilesOf = (layer: LayerDefinition) =>
    ZOOMS.filter((z) => z >= layer.minZoom && z <= layer.maxZoom).map((z) => lonLatToTile(...anchors.get(layer.id)!, z));

  for (const layer of ALL_LAYERS) {
    it(`${layer.id}: the portable encoder keeps the contract at every zoom`, async () => {
      for (const tile of tilesOf(layer)) {
        const decoded = decodeTile(await portableEncoder.encode(t.db, layer, tile));
        expect(Object.keys(decoded), `z${tile.z}`).toEqual([layer.id]);
        const { features, extent, version } = decoded[layer.id]!;
        expect(extent).toBe(4096);
        expect(version).toBe(2);
        expect(features.length, `z${tile.z}`).toBeGreaterThan(0);
        const expected = attributeNames(layer, tile.z);
        for (const feature of features) {
          expect(feature.type).toBe(isClustered(layer, tile.z) ? 1 : GEOMETRY_CODES[layer.geometryType]);
          for (const key of Object.keys(feature.properties)) expect(expected).toContain(key);
          expect(feature.properties).toHaveProperty(isClustered(layer, tile.z) ? 'count' : expected[0]!);
          if (feature.type === 3) expect(ringArea(feature.rings[0]!), 'exterior ring orientation').toBeGreaterThan(0);
        }
      }
    });
  }

  it.skipIf(TEST_BACKEND !== 'server')('native ST_AsMVT and the portable encoder give the same tiles', async () => {
    for (const layer of ALL_LAYERS) {
      for (const tile of tilesOf(layer)) {
        const native = decodeTile(await nativeEncoder.encode(t.db, layer, tile))[layer.id]!;
        const portable = decodeTile(await portableEncoder.encode(t.db, layer, tile))[layer.id]!;
        const label = `${layer.id} z${tile.z}/${tile.x}/${tile.y}`;
        expect(portable.features.length, label).toBe(native.features.length);
        const summary = (fs: typeof native.features) =>
          fs.map((f) => JSON.stringify([f.type, f.id, Object.entries(f.properties).sort()])).sort();
        expect(summary(portable.features), label).toEqual(summary(native.features));
        if (layer.geometryType === 'Point') {
          const points = (fs: typeof native.features) => fs.map((f) => JSON.stringify(f.rings)).sort();
          expect(points(portable.features), label).toEqual(points(native.features));
        }
      }
    }
  });
});
