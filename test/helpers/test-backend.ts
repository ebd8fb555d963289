import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Which backend this run tests: the server when DATABASE_URL is set, the embedded one otherwise. */
export const TEST_BACKEND: 'server' | 'embedded' = process.env.DATABASE_URL ? 'server' : 'embedded';
/** One template per test run (suffixed with the runner's pid), so runs on one server never collide. */
export const templateDatabaseName = (pid = process.pid) => `corridor_test_template_${pid}`;

/** The same server as DATABASE_URL, another database on it. */
export function urlForDatabase(name: string): string {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

export const uniqueDatabaseName = () => `corridor_test_${randomBytes(6).toString('hex')}`;

const SAFE_NAME = /^corridor_test_[a-z0-9_]+$/;

/** CREATE/DROP DATABASE take identifiers, which cannot be bound; names come only from above. */
export async function adminSql(statement: 'create' | 'drop', name: string, template?: string): Promise<void> {
  if (!SAFE_NAME.test(name) || (template && !SAFE_NAME.test(template))) throw new Error(`unsafe database name ${name}`);
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    if (statement === 'drop') await client.query(`drop database if exists "${name}" with (force)`);
    else await client.query(`create database "${name}"${template ? ` template "${template}"` : ''}`);
  } finally {
    await client.end();
  }
}
