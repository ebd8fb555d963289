import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_BACKEND } from '../helpers/test-backend';
import type { TestDatabase } from '../helpers/test-database';
import { openTestApp } from '../helpers/test-app';

describe('GET /api/health', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ t, app } = await openTestApp());
  });
  afterAll(async () => { await app?.close(); await t?.dispose(); });

  it('names the backend and PostGIS version and counts what is loaded', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.status).toBe('ok');
    expect(body.db.backend).toBe(TEST_BACKEND);
    expect(body.db.postgis).toMatch(/^3\.\d+/);
    expect(body.counts.checkpoints).toBe(5578);
    expect(body.dataset).toEqual({ name: 'demo', synthetic: true });
    const [direct] = await t.db.query<Record<string, number>>(
      `select (select count(*) from border_segments)::int as segments, (select count(*) from party_branches)::int as branches,
              (select count(*) from duty_posts)::int as "dutyPosts", (select count(*) from demo_belts)::int as belts,
              (select count(*) from responsibility_zones)::int as zones`);
    expect(body.counts).toMatchObject(direct!);
  });

  it('follows the data: a new zone is counted at once', async () => {
    const before = (await app.inject({ url: '/api/health' })).json().counts.zones;
    await t.db.query(`insert into responsibility_zones (name, unit_name, unit_type, level, created_by, updated_by, geom)
      values ('test zone', 'test unit', 'police', 'village', 'test', 'test', st_multi(st_buffer(st_setsrid(st_makepoint(100.1, 21.9), 4326), 0.01)))`);
    const after = (await app.inject({ url: '/api/health' })).json().counts.zones;
    expect(after).toBe(before + 1);
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const response = await app.inject({ url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
  });
});
