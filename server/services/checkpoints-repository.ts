import type { Queryable } from '../db/database';
import type { CheckpointDetail } from '../schemas/domain.schema';
import { geojsonOf, iso } from './sql-fragments';

export async function findCheckpoint(db: Queryable, code: string): Promise<CheckpointDetail | undefined> {
  const [row] = await db.query<CheckpointDetail>(
    `select c.code, c.name, c.name_zh as "nameZh", c.kind, c.status, c.staffed_24h as "staffed24h", c.personnel,
            ${iso('c.updated_at')} as "updatedAt", c.segment_code as "segmentCode",
            case when b.code is null then null else json_build_object('code', b.code, 'name', b.name, 'nameZh', b.name_zh,
              'temporary', b.temporary, 'members', b.members) end as branch,
            ${geojsonOf('c.geom')} as geometry
     from checkpoints c left join party_branches b on b.code = c.branch_code
     where c.code = $1`, [code]);
  return row;
}
