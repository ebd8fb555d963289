import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { Database } from '../../server/db/database';
import { openPgDatabase } from '../../server/db/pg-database';
import { openPgliteDatabase } from '../../server/db/pglite-database';
import { adminSql, TEST_BACKEND, uniqueDatabaseName, urlForDatabase } from './test-backend';

export interface TestDatabase {
  db: Database;
  postgisVersion: string;
  /** For a server database: its URL; for an embedded one: its data directory. */
  location: string;
  dispose(): Promise<void>;
}

/**
 * A database of this file's own: a copy of the seeded template, or (`empty`) a brand-new one
 * with nothing applied. No test shares mutable fixtures with another.
 */
export async function openTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const postgisVersion = inject('postgisVersion');
  if (TEST_BACKEND === 'server') {
    const name = uniqueDatabaseName();
    await adminSql('create', name, options.empty ? undefined : inject('templateDb'));
    const url = urlForDatabase(name);
    const db = await openPgDatabase({
      connectionString: url, poolMax: 5, statementTimeoutMs: 60_000, connectTimeoutMs: 5_000, onPoolError: () => undefined,
    });
    return { db, postgisVersion, location: url, dispose: async () => { await db.close(); await adminSql('drop', name); } };
  }
  const dir = mkdtempSync(join(tmpdir(), 'corridor-testdb-'));
  if (!options.empty) cpSync(inject('templateDir'), dir, { recursive: true });
  const db = await openPgliteDatabase(dir);
  return { db, postgisVersion, location: dir, dispose: async () => { await db.close(); rmSync(dir, { recursive: true, force: true }); } };
}
