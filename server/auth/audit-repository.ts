import type { Queryable } from '../db/database';
import type { AuthUser } from './roles';

export interface AuditEntry {
  action: string;
  objectType: string;
  objectId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditActor { user?: AuthUser; name?: string; address?: string }

/** Appends one audit row; call it inside the write's own transaction. */
export async function appendAudit(db: Queryable, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await db.query(
    `insert into audit_log (user_id, user_name, action, object_type, object_id, before, after, address)
     values ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8)`,
    [actor.user?.id ?? null, actor.user?.name ?? actor.name ?? 'anonymous', entry.action, entry.objectType,
      entry.objectId == null ? null : String(entry.objectId),
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after), actor.address ?? null]);
}

export interface AuditFilter { user?: string; objectType?: string; objectId?: string; from?: string; to?: string; limit: number; offset: number }

export interface AuditRow {
  id: number; at: string; userName: string; action: string; objectType: string; objectId: string | null;
  before: unknown; after: unknown; address: string | null;
}

export async function listAudit(db: Queryable, f: AuditFilter): Promise<{ total: number; items: AuditRow[] }> {
  const where = `($1::text is null or user_name = $1) and ($2::text is null or object_type = $2)
    and ($3::text is null or object_id = $3) and ($4::timestamptz is null or at >= $4) and ($5::timestamptz is null or at < $5)`;
  const params = [f.user ?? null, f.objectType ?? null, f.objectId ?? null, f.from ?? null, f.to ?? null];
  const [count] = await db.query<{ n: number }>(`select count(*)::int as n from audit_log where ${where}`, params);
  const items = await db.query<AuditRow>(
    `select id::int as id, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, user_name as "userName",
            action, object_type as "objectType", object_id as "objectId", before, after, address
     from audit_log where ${where} order by id desc limit $6 offset $7`, [...params, f.limit, f.offset]);
  return { total: count?.n ?? 0, items };
}
