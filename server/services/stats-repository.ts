import type { Queryable } from '../db/database';
import type { Stats } from '../schemas/domain.schema';

export interface StatsFilter {
  adminArea?: string;
  bbox?: [number, number, number, number];
  groupBy: 'prefecture' | 'county' | 'township';
  /** Empty means all. Unit types narrow zones; kinds and statuses narrow checkpoints. */
  unitTypes?: string[];
  kinds?: string[];
  statuses?: string[];
}

const GROUP_KEY = { prefecture: 'c.parent_code', county: 's.county_code', township: 's.township_code' } as const;

/**
 * One query: the filtered segments (by admin area, through the hierarchy, and by bbox), the
 * checkpoints, duty posts, zones and branches that belong to them, and totals and per-group
 * figures over those. $1 = admin area code or null, $2..$5 = bbox or nulls, $6 unit types,
 * $7 checkpoint kinds, $8 checkpoint statuses (text arrays; empty = all).
 */
function statsSql(groupBy: StatsFilter['groupBy']): string {
  const inBox = (geom: string) => `($2::float8 is null or ${geom} && st_makeenvelope($2, $3, $4, $5, 4326))`;
  return `with recursive area(code) as (
      select code from admin_areas where code = $1::text
      union all select a.code from admin_areas a join area on a.parent_code = area.code),
    seg as (
      select s.code, s.length_km, ${GROUP_KEY[groupBy]} as gk from border_segments s join admin_areas c on c.code = s.county_code
      where ($1::text is null or s.county_code in (select code from area) or s.township_code in (select code from area))),
    seg_box as (select seg.* from seg join border_segments s using (code) where ${inBox('s.geom')}),
    cp as (select t.*, seg.gk from checkpoints t join seg on seg.code = t.segment_code where ${inBox('t.geom')}
           and (cardinality($7::text[]) = 0 or t.kind = any($7::text[]))
           and (cardinality($8::text[]) = 0 or t.status = any($8::text[]))),
    dp as (select t.*, seg.gk from duty_posts t join seg on seg.code = t.segment_code where ${inBox('t.geom')}),
    zn as (select distinct z.id, z.unit_type, seg.gk from responsibility_zones z join zone_segments zs on zs.zone_id = z.id
           join seg on seg.code = zs.segment_code where ${inBox('z.geom')}
           and (cardinality($6::text[]) = 0 or z.unit_type = any($6::text[]))),
    br as (select t.* from party_branches t where ${inBox('t.geom')} and ($1::text is null or t.admin_area_code in (select code from area)
           or t.code in (select branch_code from cp))),
    grp as (select gk, count(*)::int as segments, round(sum(length_km)::numeric, 2)::float8 as "lengthKm" from seg_box group by gk)
  select json_build_object(
    'checkpoints', json_build_object('total', (select count(*) from cp),
      'byKind', coalesce((select json_object_agg(kind, n) from (select kind, count(*)::int n from cp group by kind) k), '{}'::json),
      'byStatus', coalesce((select json_object_agg(status, n) from (select status, count(*)::int n from cp group by status) k), '{}'::json),
      'staffed24h', (select count(*) from cp where staffed_24h), 'personnel', coalesce((select sum(personnel) from cp), 0)),
    'segments', json_build_object('total', (select count(*) from seg_box), 'lengthKm', coalesce((select round(sum(length_km)::numeric, 2) from seg_box), 0)),
    'zones', json_build_object('total', (select count(distinct id) from zn),
      'byUnitType', coalesce((select json_object_agg(unit_type, n) from (select unit_type, count(distinct id)::int n from zn group by unit_type) k), '{}'::json)),
    'dutyPosts', json_build_object('total', (select count(*) from dp), 'personnel', json_build_object(
      'party', coalesce((select sum(personnel_party) from dp), 0), 'government', coalesce((select sum(personnel_government) from dp), 0),
      'military', coalesce((select sum(personnel_military) from dp), 0), 'police', coalesce((select sum(personnel_police) from dp), 0),
      'civilian', coalesce((select sum(personnel_civilian) from dp), 0))),
    'branches', json_build_object('total', (select count(*) from br), 'temporary', (select count(*) from br where temporary)),
    'groups', coalesce((select json_agg(json_build_object('code', a.code, 'name', a.name, 'nameZh', a.name_zh, 'level', a.level,
        'segments', g.segments, 'lengthKm', g."lengthKm",
        'checkpoints', (select count(*) from cp where cp.gk = g.gk),
        'checkpointsByStatus', coalesce((select json_object_agg(status, n) from (select status, count(*)::int n from cp where cp.gk = g.gk group by status) k), '{}'::json),
        'zones', (select count(distinct id) from zn where zn.gk = g.gk),
        'dutyPostPersonnel', coalesce((select sum(personnel_party + personnel_government + personnel_military + personnel_police + personnel_civilian) from dp where dp.gk = g.gk), 0))
      order by a.code) from grp g join admin_areas a on a.code = g.gk), '[]'::json)
  ) as stats`;
}

export async function readStats(db: Queryable, filter: StatsFilter): Promise<Omit<Stats, 'filter'>> {
  const box = filter.bbox ?? [null, null, null, null];
  const [row] = await db.query<{ stats: Omit<Stats, 'filter'> }>(statsSql(filter.groupBy), [
    filter.adminArea ?? null, ...box, filter.unitTypes ?? [], filter.kinds ?? [], filter.statuses ?? [],
  ]);
  return row!.stats;
}

export async function adminAreaExists(db: Queryable, code: string): Promise<boolean> {
  return (await db.query('select 1 from admin_areas where code = $1', [code])).length > 0;
}
