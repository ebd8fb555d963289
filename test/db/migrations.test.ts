import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../server/db/migrate';
import { openTestDatabase, type TestDatabase } from '../helpers/test-database';

describe('migrations on an empty database', () => {
  let t: TestDatabase;
  beforeAll(async () => { t = await openTestDatabase({ empty: true }); });
  afterAll(async () => { await t?.dispose(); });

  it('apply every file in order, then nothing on a second run', async () => {
    const files = readMigrations().map((m) => m.name);
    expect(files.length).toBeGreaterThan(0);
    const first = await migrate(t.db);
    expect(first.applied).toEqual(files);
    const second = await migrate(t.db);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toBe(files.length);
    const recorded = await t.db.query<{ name: string }>('select name from schema_migrations order by name');
    expect(recorded.map((r) => r.name)).toEqual(files);
  });

  it('create the tables with GiST indexes on their geometries', async () => {
    const tables = await t.db.query<{ table_name: string }>(
      `select f_table_name as table_name from geometry_columns where f_table_schema = 'public' group by 1 order by 1`);
    expect(tables.map((r) => r.table_name)).toEqual([
      'admin_areas', 'border_lines', 'border_segments', 'checkpoints', 'demo_belts', 'duty_posts', 'party_branches', 'responsibility_zones',
    ]);
    const gist = await t.db.query<{ n: number }>(
      `select count(*)::int as n from pg_indexes where schemaname = 'public' and indexdef ilike '%using gist%'`);
    expect(gist[0]!.n).toBe(16);
  });

  it('refuse invalid, mistyped and out-of-range geometry', async () => {
    const insert = (wkt: string) => t.db.query(
      `insert into responsibility_zones (name, unit_name, unit_type, level, created_by, updated_by, geom)
       values ('t', 'u', 'police', 'county', 'test', 'test', st_geomfromtext($1, 4326))`, [wkt]);
    await expect(insert('MULTIPOLYGON(((0 0,1 1,1 0,0 1,0 0)))')).rejects.toThrow(/geom_valid/);
    await expect(insert('POINT(100 22)')).rejects.toThrow(/MultiPolygon|geometry type/i);
    await expect(insert('MULTIPOLYGON(((200 0,201 0,201 1,200 0)))')).rejects.toThrow(/geom_range/);
    const ok = await insert('MULTIPOLYGON(((100 22,100.1 22,100.1 22.1,100 22)))');
    expect(ok).toEqual([]);
    const [row] = await t.db.query<{ srid: number }>('select st_srid(geom_3857) as srid from responsibility_zones');
    expect(row!.srid).toBe(3857);
  });
});
