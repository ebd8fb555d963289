import type { Queryable } from '../db/database';
import type { SegmentDetail } from '../schemas/domain.schema';
import { bboxOf, geojsonOf } from './sql-fragments';

const LEVEL_ORDER = `array_position(array['province','prefecture','county','township','village'], level)`;
const area = (alias: string) =>
  `case when ${alias}.code is null then null else json_build_object('code', ${alias}.code, 'name', ${alias}.name, 'nameZh', ${alias}.name_zh, 'level', ${alias}.level) end`;

/** The responsibility chain of one segment: chiefs, checkpoints, zones and duty posts. */
export async function findSegment(db: Queryable, code: string): Promise<SegmentDetail | undefined> {
  const [segment] = await db.query<Omit<SegmentDetail, 'chiefs' | 'checkpoints' | 'zones' | 'dutyPosts'>>(
    `select s.code, s.line_id as "lineId", s.seq, s.from_km as "fromKm", s.to_km as "toKm", s.length_km as "lengthKm",
            ${area('c')} as county, ${area('tw')} as township, ${bboxOf('s.geom')} as bbox, ${geojsonOf('s.geom')} as geometry
     from border_segments s
     join admin_areas c on c.code = s.county_code
     left join admin_areas tw on tw.code = s.township_code
     where s.code = $1`, [code]);
  if (!segment) return undefined;
  const [chiefs, checkpoints, zones, dutyPosts] = await Promise.all([
    db.query<SegmentDetail['chiefs'][number]>(
      `select level, name, name_zh as "nameZh", title, phone from segment_chiefs where segment_code = $1 order by ${LEVEL_ORDER}`, [code]),
    db.query<SegmentDetail['checkpoints']['items'][number]>(
      `select code, name, name_zh as "nameZh", kind, status from checkpoints where segment_code = $1 order by code`, [code]),
    db.query<SegmentDetail['zones'][number]>(
      `select z.id::int as id, z.code, z.name, z.name_zh as "nameZh", z.unit_name as "unitName", z.unit_type as "unitType", z.level
       from zone_segments zs join responsibility_zones z on z.id = zs.zone_id where zs.segment_code = $1 order by z.id`, [code]),
    db.query<SegmentDetail['dutyPosts'][number]>(
      `select code, name, name_zh as "nameZh", json_build_object('party', personnel_party, 'government', personnel_government,
              'military', personnel_military, 'police', personnel_police, 'civilian', personnel_civilian) as personnel
       from duty_posts where segment_code = $1 order by code`, [code]),
  ]);
  const byStatus = { staffed: 0, unstaffed: 0, alert: 0, closed: 0 };
  for (const checkpoint of checkpoints) byStatus[checkpoint.status] += 1;
  return { ...segment, chiefs, checkpoints: { total: checkpoints.length, byStatus, items: checkpoints }, zones, dutyPosts };
}
