// GDAL's OAPIF driver as a real client of the OGC API, over a real port.
import { execFile } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_LAYERS } from '../../tiles/layers/layer-registry';
import { EXPECTED_GEOMETRY, openOgcTestApp, TABLES, type OgcTestApp } from './ogc-test-app';

const run = promisify(execFile);
// A proxy from the environment must not intercept requests to the local test server.
const env = { ...process.env, NO_PROXY: '127.0.0.1,localhost', no_proxy: '127.0.0.1,localhost', CPL_DEBUG: 'OFF' };
const ogrinfo = async (...args: string[]) => (await run('ogrinfo', args, { timeout: 120_000, env, maxBuffer: 64 * 1024 * 1024 })).stdout;

const gdalVersion = await ogrinfo('--version').catch(() => undefined);
if (!gdalVersion) console.warn('gdal.test.ts: ogrinfo is not on PATH (install gdal-bin); skipping the GDAL OAPIF client tests');

const OGR_GEOMETRY: Record<string, string> = { Point: 'Point', LineString: 'Line String', MultiPolygon: 'Multi Polygon' };

describe.skipIf(!gdalVersion)(`GDAL OAPIF client (${gdalVersion?.trim() ?? 'no GDAL'})`, () => {
  let o: OgcTestApp;
  let root: string;
  beforeAll(async () => {
    o = await openOgcTestApp();
    await o.app.listen({ port: 0, host: '127.0.0.1' });
    root = `OAPIF:http://127.0.0.1:${(o.app.server.address() as AddressInfo).port}/ogc`;
  });
  afterAll(async () => { await o?.close(); });

  it('lists all the collections as layers', async () => {
    const out = await ogrinfo('-ro', '-so', root);
    for (const layer of ALL_LAYERS) expect(out).toMatch(new RegExp(`^\\d+: ${layer.id} `, 'm'));
  });

  it.each(ALL_LAYERS.map((l) => l.id))('%s: reads the layer with its geometry type and feature count', async (id) => {
    const out = await ogrinfo('-ro', '-so', '-al', `${root}/collections/${id}`);
    expect(out).toContain(`Geometry: ${OGR_GEOMETRY[EXPECTED_GEOMETRY[id]!]}`);
    const count = Number(/^Feature Count: (\d+)$/m.exec(out)?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBe(await o.count(`select count(*)::int as n from ${TABLES[id]}`));
  });

  it('reads the features of a spatial filter across pages', async () => {
    const [row] = await o.t.db.query<{ lon: number; lat: number }>('select st_x(geom) as lon, st_y(geom) as lat from checkpoints order by code limit 1');
    const box = [row!.lon - 1, row!.lat - 1, row!.lon + 1, row!.lat + 1];
    const expected = await o.count(
      'select count(*)::int as n from checkpoints where st_intersects(geom, st_makeenvelope($1::float8, $2::float8, $3::float8, $4::float8, 4326))', box);
    expect(expected).toBeGreaterThan(100); // more than one page of 100
    const out = await ogrinfo('-ro', '-al', '-q', '-spat', ...box.map(String), '-oo', 'PAGE_SIZE=100', `${root}/collections/checkpoints`);
    expect(out.match(/^OGRFeature\(checkpoints\):/gm)?.length).toBe(expected);
  });
});
