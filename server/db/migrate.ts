import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from './database';

export const MIGRATIONS_DIR = new URL('../../data/migrations/', import.meta.url).pathname;
const MIGRATION_FILE = /^\d{3}_[a-z0-9_]+\.sql$/;

export interface Migration { name: string; sql: string; checksum: string }
export interface MigrateResult { applied: string[]; alreadyApplied: number }

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((name) => MIGRATION_FILE.test(name))
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/** Creates PostGIS where the role may, or explains exactly what an administrator must run. */
export async function ensurePostgis(db: Database): Promise<string> {
  const installed = async () =>
    (await db.query<{ n: number }>("select count(*)::int as n from pg_extension where extname = 'postgis'"))[0]?.n === 1;
  if (!(await installed())) {
    try {
      await db.query('create extension if not exists postgis');
    } catch (error) {
      const [row] = await db.query<{ db: string; role: string }>('select current_database() as db, current_user as role');
      throw new Error(
        `PostGIS is not installed in database "${row?.db}" and role "${row?.role}" may not create it ` +
          `(${(error as Error).message}). As a superuser, run: psql -d ${row?.db} -c 'CREATE EXTENSION postgis;' ` +
          `(Debian: apt-get install postgresql-15-postgis-3 first).`,
      );
    }
  }
  const [row] = await db.query<{ v: string }>('select postgis_lib_version() as v');
  return row?.v ?? 'unknown';
}

/**
 * Applies, in name order, each migration not yet recorded in schema_migrations; each in its own
 * transaction under an advisory lock, so several API instances starting at once apply it once.
 */
export async function migrate(db: Database, migrations = readMigrations()): Promise<MigrateResult> {
  await ensurePostgis(db);
  await db.query(`create table if not exists schema_migrations (
    name text primary key, checksum text not null, applied_at timestamptz not null default now())`);
  const applied: string[] = [];
  let alreadyApplied = 0;
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query("select pg_advisory_xact_lock(hashtext('corridor:migrations'))");
      const rows = await tx.query('select 1 from schema_migrations where name = $1', [migration.name]);
      if (rows.length > 0) return false;
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (name, checksum) values ($1, $2)', [migration.name, migration.checksum]);
      return true;
    });
    if (done) applied.push(migration.name);
    else alreadyApplied += 1;
  }
  return { applied, alreadyApplied };
}
