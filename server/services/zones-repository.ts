import type { Queryable } from '../db/database';
import type { ZoneDetail } from '../schemas/domain.schema';
import { bboxOf, geojsonOf, iso } from './sql-fragments';

export async function findZone(db: Queryable, id: number): Promise<ZoneDetail | undefined> {
  const [row] = await db.query<ZoneDetail>(
    `select z.id::int as id, z.code, z.name, z.name_zh as "nameZh", z.unit_name as "unitName", z.unit_type as "unitType",
            z.level, z.chief, z.version, ${iso('z.created_at')} as "createdAt", z.created_by as "createdBy",
            ${iso('z.updated_at')} as "updatedAt", z.updated_by as "updatedBy",
            coalesce((select json_agg(zs.segment_code order by zs.segment_code) from zone_segments zs where zs.zone_id = z.id), '[]'::json) as segments,
            ${bboxOf('z.geom')} as bbox, ${geojsonOf('z.geom')} as geometry
     from responsibility_zones z where z.id = $1`, [id]);
  return row;
}
