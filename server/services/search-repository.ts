import type { Queryable } from '../db/database';
import type { SearchResult } from '../schemas/domain.schema';
import { bboxOf } from './sql-fragments';

// Exact match ranks above prefix, prefix above substring; the best column of a row counts.
// `strpos` instead of LIKE: the user's text is never a pattern, so nothing needs escaping.
// A small per-type boost orders ties (a code match on a segment before one on a duty post).
const rank = (boost: number, ...columns: string[]) =>
  `greatest(${columns.map((c) => `case when lower(${c}) = q.q then ${100 + boost} when starts_with(lower(${c}), q.q) then ${80 + boost}
    when strpos(lower(${c}), q.q) > 0 then ${50 + boost} else 0 end`).join(', ')})`;

const SOURCES = [
  `select 'segment' as type, t.code as id, t.code as label, t.code as "labelZh", a.name || ' · ' || a.name_zh as detail,
          ${bboxOf('t.geom')} as bbox, ${rank(5, 't.code')} as rank
   from border_segments t join admin_areas a on a.code = t.county_code, q`,
  `select 'checkpoint', t.code, t.name, t.name_zh, t.code, ${bboxOf('t.geom')}, ${rank(4, 't.code', 't.name', 't.name_zh')}
   from checkpoints t, q`,
  `select 'admin-area', t.code, t.name, t.name_zh, t.level, ${bboxOf('t.geom')}, ${rank(3, 't.name', 't.name_zh', 't.code')}
   from admin_areas t, q`,
  `select 'zone', t.id::text, t.name, coalesce(t.name_zh, t.name), t.unit_name, ${bboxOf('t.geom')},
          ${rank(2, 't.name', 'coalesce(t.name_zh, t.name)', 't.unit_name', "coalesce(t.code, '')")}
   from responsibility_zones t, q`,
  `select 'duty-post', t.code, t.name, t.name_zh, t.code, ${bboxOf('t.geom')}, ${rank(1, 't.code', 't.name', 't.name_zh')}
   from duty_posts t, q`,
  `select 'demo-belt', t.code, t.name, t.name_zh, t.code, ${bboxOf('t.geom')}, ${rank(0, 't.code', 't.name', 't.name_zh')}
   from demo_belts t, q`,
];

const SEARCH_SQL = `with q as (select lower(trim($1::text)) as q)
  select type, id, label, "labelZh", detail, bbox from (${SOURCES.join('\n union all\n')}) r
  where rank > 0 order by rank desc, length(label), label limit $2`;

export async function search(db: Queryable, text: string, limit: number): Promise<SearchResult[]> {
  if (text.trim() === '') return [];
  return db.query<SearchResult>(SEARCH_SQL, [text, limit]);
}
