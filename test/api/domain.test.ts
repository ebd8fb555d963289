import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../helpers/test-database';
import { openTestApp } from '../helpers/test-app';

describe('domain API', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let segmentCode: string;

  beforeAll(async () => {
    ({ t, app } = await openTestApp());
    // A segment that has checkpoints and is held by a zone, so its card has every part.
    const [row] = await t.db.query<{ code: string }>(
      `select s.code from border_segments s where exists (select 1 from checkpoints c where c.segment_code = s.code)
       and exists (select 1 from zone_segments z where z.segment_code = s.code) order by s.code limit 1`);
    segmentCode = row!.code;
  });
  afterAll(async () => { await app?.close(); await t?.dispose(); });

  it('GET /api/segments/{code} gives the five chiefs in order, checkpoints by status and the zones holding it', async () => {
    const response = await app.inject(`/api/segments/${segmentCode}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.code).toBe(segmentCode);
    expect(body.chiefs.map((c: { level: string }) => c.level)).toEqual(['province', 'prefecture', 'county', 'township', 'village']);
    expect(body.geometry.type).toBe('LineString');
    expect(body.lengthKm).toBeGreaterThan(0);
    expect(body.county.level).toBe('county');
    const [counts] = await t.db.query<{ total: number; alert: number }>(
      `select count(*)::int as total, count(*) filter (where status = 'alert')::int as alert from checkpoints where segment_code = $1`, [segmentCode]);
    expect(body.checkpoints.total).toBe(counts!.total);
    expect(body.checkpoints.byStatus.alert).toBe(counts!.alert);
    expect(body.checkpoints.items).toHaveLength(counts!.total);
    expect(body.zones.length).toBeGreaterThan(0);
    expect(body.bbox[0]).toBeLessThanOrEqual(body.bbox[2]);
  });

  it('GET /api/checkpoints/{code} and /api/zones/{id} answer with their records', async () => {
    const [cp] = await t.db.query<{ code: string; branch_code: string }>('select code, branch_code from checkpoints order by code limit 1');
    const checkpoint = (await app.inject(`/api/checkpoints/${cp!.code}`)).json();
    expect(checkpoint.code).toBe(cp!.code);
    expect(checkpoint.branch.code).toBe(cp!.branch_code);
    expect(checkpoint.geometry.type).toBe('Point');

    const [zone] = await t.db.query<{ id: number }>('select id::int as id from responsibility_zones order by id limit 1');
    const response = await app.inject(`/api/zones/${zone!.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"1"');
    expect(response.json().geometry.type).toBe('MultiPolygon');
    expect(response.json().segments.length).toBeGreaterThan(0);
  });

  it('answers unknown records with 404 and malformed ones with 400, naming the parameter', async () => {
    const cases: Array<[string, number, RegExp]> = [
      ['/api/segments/NO-SUCH-999', 404, /^code: /],
      ['/api/checkpoints/NOPE', 404, /^code: /],
      ['/api/zones/999999', 404, /^id: /],
      ['/api/zones/abc', 400, /id/],
      ['/api/zones/0', 400, /id/],
      ["/api/segments/x'%20or%201=1--", 400, /code/],
    ];
    for (const [url, status, message] of cases) {
      const response = await app.inject(url);
      expect(response.statusCode, url).toBe(status);
      expect(response.json().message, url).toMatch(message);
    }
  });

  it('GET /api/search finds a segment by its exact code first, with a bbox to fly to', async () => {
    const body = (await app.inject(`/api/search?q=${encodeURIComponent(segmentCode.toLowerCase())}`)).json();
    expect(body.results[0]).toMatchObject({ type: 'segment', id: segmentCode });
    expect(body.results[0].bbox).toHaveLength(4);
    expect(body.results.length).toBeLessThanOrEqual(20);
  });

  it('GET /api/search finds places by Chinese and English names', async () => {
    const [area] = await t.db.query<{ code: string; name: string; name_zh: string }>(
      `select code, name, name_zh from admin_areas where level = 'county' order by code limit 1`);
    for (const q of [area!.name_zh, area!.name.toUpperCase()]) {
      const results = (await app.inject(`/api/search?q=${encodeURIComponent(q)}`)).json().results;
      expect(results.some((r: { type: string; id: string }) => r.type === 'admin-area' && r.id === area!.code), q).toBe(true);
    }
  });

  it('GET /api/search treats wildcards and quotes as text and refuses an empty query', async () => {
    for (const q of ['%', '_', "' or 1=1 --"]) {
      const response = await app.inject(`/api/search?q=${encodeURIComponent(q)}`);
      expect(response.statusCode, q).toBe(200);
      expect(response.json().results, q).toEqual([]);
    }
    expect((await app.inject('/api/search?q=')).statusCode).toBe(400);
    expect((await app.inject('/api/search')).json().message).toMatch(/q/);
  });

  it('GET /api/stats totals match the database and narrow with an admin area and a bbox', async () => {
    const all = (await app.inject('/api/stats')).json();
    const [direct] = await t.db.query<{ checkpoints: number; alert: number; segments: number }>(
      `select (select count(*) from checkpoints where segment_code is not null)::int as checkpoints,
              (select count(*) from checkpoints where status = 'alert' and segment_code is not null)::int as alert,
              (select count(*) from border_segments)::int as segments`);
    expect(all.checkpoints.total).toBe(direct!.checkpoints);
    expect(all.checkpoints.byStatus.alert).toBe(direct!.alert);
    expect(all.segments.total).toBe(direct!.segments);
    expect(all.groups.length).toBeGreaterThan(5);
    expect(all.groups.reduce((n: number, g: { checkpoints: number }) => n + g.checkpoints, 0)).toBe(all.checkpoints.total);

    const county = all.groups[0];
    const narrowed = (await app.inject(`/api/stats?adminArea=${county.code}`)).json();
    expect(narrowed.checkpoints.total).toBe(county.checkpoints);
    expect(narrowed.groups).toHaveLength(1);

    const [box] = await t.db.query<{ bbox: string; n: number }>(
      `select concat_ws(',', st_xmin(e), st_ymin(e), st_xmax(e), st_ymax(e)) as bbox,
              (select count(*)::int from checkpoints c where c.geom && e and c.segment_code is not null) as n
       from (select st_expand(geom, 0.2) as e from checkpoints order by code limit 1) s`);
    const boxed = (await app.inject(`/api/stats?bbox=${box!.bbox}`)).json();
    expect(boxed.checkpoints.total).toBe(box!.n);
    expect(boxed.checkpoints.total).toBeLessThan(all.checkpoints.total);
  });

  it('GET /api/stats narrows checkpoints by kind and status and zones by unit type', async () => {
    const body = (await app.inject('/api/stats?kind=port,checkpoint&status=alert&unitType=police')).json();
    const [direct] = await t.db.query<{ checkpoints: number; zones: number }>(
      `select (select count(*)::int from checkpoints where kind in ('port', 'checkpoint') and status = 'alert' and segment_code is not null) as checkpoints,
              (select count(distinct z.id)::int from responsibility_zones z join zone_segments zs on zs.zone_id = z.id where z.unit_type = 'police') as zones`);
    expect(body.checkpoints.total).toBe(direct!.checkpoints);
    expect(Object.keys(body.checkpoints.byStatus)).toEqual(['alert']);
    expect(body.zones.total).toBe(direct!.zones);
    expect(Object.keys(body.zones.byUnitType)).toEqual(['police']);
    expect(body.filter).toMatchObject({ kinds: ['port', 'checkpoint'], statuses: ['alert'], unitTypes: ['police'] });
    expect((await app.inject('/api/stats?status=asleep')).json().message).toMatch(/^status: "asleep" is not one of/);
  });

  it('GET /api/duty-posts/{code}, /api/belts/{code} and /api/admin-areas describe places', async () => {
    const [post] = await t.db.query<{ code: string; total: number }>(
      `select code, personnel_party + personnel_government + personnel_military + personnel_police + personnel_civilian as total
       from duty_posts order by code limit 1`);
    const dutyPost = (await app.inject(`/api/duty-posts/${post!.code}`)).json();
    expect(dutyPost.totalPersonnel).toBe(post!.total);
    expect(Object.keys(dutyPost.personnel)).toEqual(['party', 'government', 'military', 'police', 'civilian']);

    const [belt] = await t.db.query<{ code: string; villages: number }>(
      `select b.code, (select count(*)::int from demo_belt_villages v where v.belt_code = b.code) as villages from demo_belts b order by code limit 1`);
    const beltBody = (await app.inject(`/api/belts/${belt!.code}`)).json();
    expect(beltBody.villages).toHaveLength(belt!.villages);
    expect(beltBody.lengthKm).toBeGreaterThan(0);
    expect((await app.inject('/api/belts/NOPE')).statusCode).toBe(404);

    const areas = (await app.inject('/api/admin-areas')).json().areas as Array<{ level: string; parentCode: string | null; code: string }>;
    expect(new Set(areas.map((a) => a.level))).toEqual(new Set(['province', 'prefecture', 'county', 'township']));
    const codes = new Set(areas.map((a) => a.code));
    expect(areas.every((a) => a.parentCode === null || codes.has(a.parentCode))).toBe(true);
  });

  it('GET /api/stats refuses a bad bbox or unknown admin area', async () => {
    expect((await app.inject('/api/stats?bbox=1,2,3')).json().message).toMatch(/^bbox: /);
    expect((await app.inject('/api/stats?adminArea=000000')).statusCode).toBe(404);
    expect((await app.inject('/api/stats?groupBy=planet')).statusCode).toBe(400);
  });
});
