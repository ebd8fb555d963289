import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../server/db/migrate';
import { openPgDatabase } from '../../server/db/pg-database';
import { TEST_BACKEND, urlForDatabase } from '../helpers/test-backend';

// An operator's role that may not create extensions must get a message saying what to run.
if (TEST_BACKEND !== 'server') console.warn('unprivileged-role test skipped: it needs the server backend (DATABASE_URL)');

const ROLE = `corridor_test_nopriv_${process.pid}`;
const DB = `corridor_test_nopriv_${process.pid}`;
const PASSWORD = 'not-a-secret';

const admin = async (...statements: string[]) => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    // Names are built from the pid above and the password is a constant: utility statements take no bound values.
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
};

describe.skipIf(TEST_BACKEND !== 'server')('a role that may not create PostGIS', () => {
  let canCreateRoles = false;
  beforeAll(async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query<{ ok: boolean }>('select rolsuper or rolcreaterole as ok from pg_roles where rolname = current_user');
    await client.end();
    canCreateRoles = rows[0]?.ok === true;
    if (!canCreateRoles) return;
    await admin(`create role "${ROLE}" login nosuperuser nocreatedb password '${PASSWORD}'`, `create database "${DB}" owner "${ROLE}" template template0`);
  });
  afterAll(async () => {
    if (!canCreateRoles) return;
    await admin(`drop database if exists "${DB}" with (force)`, `drop role if exists "${ROLE}"`);
  });

  it('is told exactly what an administrator must run, and nothing is applied', async (context) => {
    if (!canCreateRoles) {
      console.warn('unprivileged-role test skipped: the DATABASE_URL role may not create roles');
      context.skip();
    }
    const url = new URL(urlForDatabase(DB));
    url.username = ROLE;
    url.password = PASSWORD;
    const db = await openPgDatabase({
      connectionString: url.toString(), poolMax: 1, statementTimeoutMs: 10_000, connectTimeoutMs: 5_000, onPoolError: () => undefined,
    });
    try {
      await expect(migrate(db)).rejects.toThrow(new RegExp(`role "${ROLE}" may not create it.*CREATE EXTENSION postgis`));
      const tables = await db.query("select count(*)::int as n from information_schema.tables where table_schema = 'public'");
      expect(tables[0]).toEqual({ n: 0 });
    } finally {
      await db.close();
    }
  });
});
