import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TABLES } from '../../server/seed/demo-tables';
import { seedDemo } from '../../server/seed/demo-seed';
import { openTestDatabase, type TestDatabase } from '../helpers/test-database';

describe('the seeded demo dataset', () => {
  let t: TestDatabase;
  beforeAll(async () => { t = await openTestDatabase(); });
  afterAll(async () => { await t?.dispose(); });

  const one = async (sql: string) => (await t.db.query<{ n: number }>(sql))[0]!.n;

  it('holds exactly 5,578 checkpoints, each covered by a branch', async () => {
    expect(await one('select count(*)::int as n from checkpoints')).toBe(5578);
    expect(await one('select count(*)::int as n from checkpoints where branch_code is null')).toBe(0);
  });

  it('holds exactly 3,851 temporary party branches', async () => {
    expect(await one('select count(*)::int as n from party_branches where temporary')).toBe(3851);
  });

  it('gives every segment five chiefs, one per level', async () => {
    const segments = await one('select count(*)::int as n from border_segments');
    expect(segments).toBeGreaterThan(300);
    const rows = await t.db.query<{ levels: string }>(
      `select string_agg(level, ',' order by array_position(array['province','prefecture','county','township','village'], level)) as levels
       from segment_chiefs group by segment_code`);
    expect(rows).toHaveLength(segments);
    expect(new Set(rows.map((r) => r.levels))).toEqual(new Set(['province,prefecture,county,township,village']));
  });

  it('stores every geometry valid, in SRID 4326, of its declared type', async () => {
    const columns = await t.db.query<{ table: string; type: string; srid: number }>(
      `select f_table_name as "table", type, srid from geometry_columns
       where f_table_schema = 'public' and f_geometry_column = 'geom'`);
    expect(columns).toHaveLength(8);
    for (const column of columns) {
      expect(column.srid).toBe(4326);
      const [row] = await t.db.query<{ total: number; bad: number }>(
        // Table names come from geometry_columns, i.e. from our own schema, never from input.
        `select count(*)::int as total,
                count(*) filter (where not st_isvalid(geom) or st_srid(geom) <> 4326
                  or upper(geometrytype(geom)) <> $1)::int as bad
         from ${column.table}`, [column.type.toUpperCase()]);
      expect(row!.total, column.table).toBeGreaterThan(0);
      expect(row!.bad, column.table).toBe(0);
    }
  });

  it('lets responsibility zones cover most of the border, with gaps and double claims left in', async () => {
    const [row] = await t.db.query<{ covered: number; claimedTwice: number; total: number }>(
      `select count(distinct zs.segment_code)::int as covered,
              (select count(*)::int from (select segment_code from zone_segments group by 1 having count(*) > 1) d) as "claimedTwice",
              (select count(*)::int from border_segments) as total
       from zone_segments zs`);
    expect(row!.covered / row!.total).toBeGreaterThan(0.8);
    expect(row!.covered).toBeLessThan(row!.total);
    expect(row!.claimedTwice).toBeGreaterThan(0);
  });

  it('refuses to load over existing data without replace, and keeps what was there', async () => {
    await expect(seedDemo(t.db)).rejects.toThrow(/already holds data/);
    expect(await one('select count(*)::int as n from checkpoints')).toBe(5578);
    expect(DEMO_TABLES.length).toBeGreaterThan(0);
  });

  it('marks the dataset as synthetic demo data', async () => {
    const rows = await t.db.query<{ key: string; value: string }>('select key, value from dataset_info order by key');
    expect(Object.fromEntries(rows.map((r) => [r.key, r.value]))).toMatchObject({ dataset: 'demo', synthetic: 'true' });
  });
});
