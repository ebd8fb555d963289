import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_LAYERS } from '../../tiles/layers/layer-registry';
import { openTestApp } from '../helpers/test-app';
import type { TestDatabase } from '../helpers/test-database';
import { decodeTile, lonLatToTile } from '../helpers/tile-helpers';
import { signIn, TEST_USERS, type Credentials } from '../helpers/test-users';

// Need-to-know: chiefs' names and phones reach planners and admins only. As a viewer, no read
// route — JSON, OGC, decoded tiles — may contain any of them.

describe('personal data is masked for roles without need-to-know', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let viewer: Credentials;
  let planner: Credentials;
  let secrets: string[];
  let segment: string;
  let zoneId: number;
  beforeAll(async () => {
    ({ t, app } = await openTestApp({ publicRead: false }));
    viewer = await signIn(app, TEST_USERS.viewer);
    planner = await signIn(app, TEST_USERS.planner);
    const rows = await t.db.query<{ v: string }>(
      `select name as v from segment_chiefs union select name_zh from segment_chiefs union select phone from segment_chiefs
       union select chief from responsibility_zones where chief is not null`);
    secrets = rows.map((r) => r.v).filter((v) => v.length >= 2);
    expect(secrets.length).toBeGreaterThan(100);
    segment = (await t.db.query<{ code: string }>('select segment_code as code from segment_chiefs order by 1 limit 1'))[0]!.code;
    zoneId = (await t.db.query<{ id: number }>('select id::int as id from responsibility_zones where chief is not null order by id limit 1'))[0]!.id;
  });
  afterAll(async () => { await app?.close(); await t?.dispose(); });

  const leaks = (text: string) => secrets.filter((s) => text.includes(s));

  it('a planner sees the chiefs in full (so the scan below can find them)', async () => {
    const card = await app.inject({ url: `/api/segments/${segment}`, headers: planner });
    expect(leaks(card.body).length).toBeGreaterThanOrEqual(10);
    const zone = await app.inject({ url: `/api/zones/${zoneId}`, headers: planner });
    expect(leaks(zone.body).length).toBeGreaterThan(0);
  });

  it('a viewer gets masked names and phones from every read route', async () => {
    const card = await app.inject({ url: `/api/segments/${segment}`, headers: viewer });
    expect(card.statusCode).toBe(200);
    const chiefs = card.json().chiefs as Array<{ name: string; phone: string }>;
    expect(chiefs).toHaveLength(5);
    for (const chief of chiefs) {
      expect(chief.name).toMatch(/\*/);
      expect(chief.phone).toMatch(/\*{3,}\d{4}$/);
    }
    const urls = [
      `/api/segments/${segment}`, `/api/zones/${zoneId}`, `/api/search?q=${segment}`,
      '/api/stats', '/api/admin-areas', '/ogc/collections', '/ogc/collections/zones', `/ogc/collections/zones/items/${zoneId}`,
    ];
    for (const collection of ['border-segments', 'zones', 'checkpoints', 'duty-posts', 'demo-belts', 'admin-areas', 'branches']) {
      urls.push(`/ogc/collections/${collection}/items?limit=10000`);
    }
    for (const url of urls) {
      const response = await app.inject({ url, headers: viewer });
      expect(response.statusCode, url).toBe(200);
      expect(leaks(response.body), url).toEqual([]);
    }
  });

  it('a viewer may not filter OGC items on a personal property', async () => {
    const response = await app.inject({ url: `/ogc/collections/zones/items?chief=${encodeURIComponent(secrets.at(-1)!)}`, headers: viewer });
    expect(response.statusCode).toBe(403);
    expect(response.json().message).toMatch(/^chief:/);
  });

  it('tiles carry no personal data at any zoom', async () => {
    const [anchor] = await t.db.query<{ lon: number; lat: number }>(
      'select st_x(st_pointonsurface(geom)) as lon, st_y(st_pointonsurface(geom)) as lat from responsibility_zones order by id limit 1');
    for (const layer of ALL_LAYERS) {
      for (const z of [layer.minZoom, 9, 12, layer.maxZoom]) {
        const { x, y } = lonLatToTile(anchor!.lon, anchor!.lat, z);
        const response = await app.inject({ url: `/tiles/${layer.id}/${z}/${x}/${y}.mvt`, headers: viewer });
        expect([200, 204]).toContain(response.statusCode);
        if (response.statusCode === 204) continue;
        const values = Object.values(decodeTile(response.rawPayload)).flatMap((l) => l.features.flatMap((f) => Object.values(f.properties)));
        expect(leaks(values.join('\n')), `${layer.id} z${z}`).toEqual([]);
      }
    }
  });
});
