// Feature SQL for the OGC collections. Table, id and property expressions come from the
// allow-list in ogc-collections.ts; every request value is a bound parameter.
import type { Queryable } from '../../db/database';
import type { OgcCollection } from './ogc-collections';
import { whereSql, type ItemsFilter } from './ogc-items-query';
import { MATCH_COUNT_CAP } from '../../schemas/ogc.schema';

export interface OgcFeature {
  type: 'Feature';
  id: string | number;
  geometry: { type: string; [member: string]: unknown };
  properties: Record<string, unknown>;
}

/** numberMatched is reported only up to this many matches: counting further costs a long scan. */

// The whole feature is built in SQL so that types survive as JSON types (a bigint id is a number,
// a boolean a boolean); 6 decimals of a degree are about 0.1 m.
function featureSql(collection: OgcCollection): string {
  const properties = collection.properties.map((p) => `'${p.name}', ${p.sql}`).join(', ');
  return `json_build_object('type', 'Feature', 'id', ${collection.idSql},
    'geometry', st_asgeojson(t.geom, 6)::json, 'properties', json_build_object(${properties}))`;
}

export interface FeaturePage {
  features: OgcFeature[];
  /** Whether rows follow this page (one more row than asked for was read). */
  more: boolean;
}

export async function readFeaturePage(
  db: Queryable, collection: OgcCollection, filter: ItemsFilter,
  page: { limit: number; offset: number }, signal?: AbortSignal,
): Promise<FeaturePage> {
  const params: unknown[] = [];
  const where = whereSql(filter, params);
  // Ordered by the unique id column, so pages neither overlap nor skip rows.
  const rows = await db.query<{ feature: OgcFeature }>(
    `select ${featureSql(collection)} as feature from ${collection.table} t ${where}
     order by ${collection.idSql} limit $${params.push(page.limit + 1)} offset $${params.push(page.offset)}`,
    params, { signal },
  );
  const features = rows.slice(0, page.limit).map((r) => r.feature);
  return { features, more: rows.length > page.limit };
}

/** The number of matching features, or undefined beyond MATCH_COUNT_CAP. */
export async function countMatched(
  db: Queryable, collection: OgcCollection, filter: ItemsFilter, signal?: AbortSignal,
): Promise<number | undefined> {
  const params: unknown[] = [];
  const where = whereSql(filter, params);
  const [row] = await db.query<{ n: number }>(
    `select count(*)::int as n from (select 1 from ${collection.table} t ${where} limit $${params.push(MATCH_COUNT_CAP + 1)}) s`,
    params, { signal },
  );
  const n = row?.n ?? 0;
  return n > MATCH_COUNT_CAP ? undefined : n;
}

export async function readFeature(
  db: Queryable, collection: OgcCollection, featureId: string, signal?: AbortSignal,
): Promise<OgcFeature | undefined> {
  const cast = collection.idType === 'integer' ? 'bigint' : 'text';
  const [row] = await db.query<{ feature: OgcFeature }>(
    `select ${featureSql(collection)} as feature from ${collection.table} t where ${collection.idSql} = $1::${cast}`,
    [featureId], { signal },
  );
  return row?.feature;
}
