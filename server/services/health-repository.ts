import type { Queryable } from '../db/database';
import type { HealthResponse } from '../schemas/health.schema';

export async function readCounts(db: Queryable): Promise<HealthResponse['counts']> {
  const [row] = await db.query<HealthResponse['counts']>(`select
    (select count(*) from checkpoints)::int as "checkpoints",
    (select count(*) from border_segments)::int as "segments",
    (select count(*) from party_branches)::int as "branches",
    (select count(*) from duty_posts)::int as "dutyPosts",
    (select count(*) from demo_belts)::int as "belts",
    (select count(*) from responsibility_zones)::int as "zones"`);
  if (!row) throw new Error('count query returned no row');
  return row;
}

export async function readDataset(db: Queryable): Promise<HealthResponse['dataset']> {
  const rows = await db.query<{ key: string; value: string }>(
    "select key, value from dataset_info where key in ('dataset', 'synthetic')",
  );
  const get = (key: string) => rows.find((r) => r.key === key)?.value;
  return { name: get('dataset') ?? null, synthetic: get('synthetic') === 'true' };
}
