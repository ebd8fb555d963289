import type { Queryable } from '../db/database';
import type { AdminAreaNode, BeltDetail, DutyPostDetail } from '../schemas/domain.schema';
import { bboxOf, geojsonOf } from './sql-fragments';

export async function findDutyPost(db: Queryable, code: string): Promise<DutyPostDetail | undefined> {
  const [row] = await db.query<DutyPostDetail>(
    `select code, name, name_zh as "nameZh", segment_code as "segmentCode",
            json_build_object('party', personnel_party, 'government', personnel_government, 'military', personnel_military,
                              'police', personnel_police, 'civilian', personnel_civilian) as personnel,
            personnel_party + personnel_government + personnel_military + personnel_police + personnel_civilian as "totalPersonnel",
            ${geojsonOf('geom')} as geometry
     from duty_posts where code = $1`, [code]);
  return row;
}

export async function findBelt(db: Queryable, code: string): Promise<BeltDetail | undefined> {
  const [row] = await db.query<BeltDetail>(
    `select b.code, b.name, b.name_zh as "nameZh", b.width_meters as "widthMeters",
            round((st_length(b.geom::geography) / 1000)::numeric, 2)::float8 as "lengthKm",
            coalesce((select json_agg(json_build_object('code', a.code, 'name', a.name, 'nameZh', a.name_zh) order by a.code)
                      from demo_belt_villages v join admin_areas a on a.code = v.village_code where v.belt_code = b.code), '[]'::json) as villages,
            ${bboxOf('b.geom')} as bbox, ${geojsonOf('b.geom')} as geometry
     from demo_belts b where b.code = $1`, [code]);
  return row;
}

/** Provinces to townships, for the filter selects; villages are too many to list there. */
export async function listAdminAreas(db: Queryable): Promise<AdminAreaNode[]> {
  return db.query<AdminAreaNode>(
    `select code, name, name_zh as "nameZh", level, parent_code as "parentCode", ${bboxOf('geom')} as bbox
     from admin_areas where level <> 'village' order by code`);
}

