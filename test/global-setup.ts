import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPgDatabase } from '../server/db/pg-database';
import { openPgliteDatabase } from '../server/db/pglite-database';
import { prepareDatabase } from '../server/prepare-database';
import { adminSql, TEMPLATE_DB, TEST_BACKEND, urlForDatabase } from './helpers/test-backend';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDir: string;
    postgisVersion: string;
  }
}

const log = (message: string) => process.stderr.write(`[test setup] ${message}\n`);

/** Builds one migrated, seeded template database; every test file clones it. */
export default async function setup(project: TestProject) {
  log(`backend: ${TEST_BACKEND}`);
  const started = Date.now();
  let templateDir = '';
  let postgisVersion: string;
  if (TEST_BACKEND === 'server') {
    await adminSql('drop', TEMPLATE_DB);
    await adminSql('create', TEMPLATE_DB);
    const db = await openPgDatabase({
      connectionString: urlForDatabase(TEMPLATE_DB), poolMax: 2, statementTimeoutMs: 600_000,
      connectTimeoutMs: 5_000, onPoolError: () => undefined,
    });
    postgisVersion = await prepareDatabase(db, { seedDemo: true, log });
    await db.close();
  } else {
    templateDir = mkdtempSync(join(tmpdir(), 'corridor-template-'));
    const db = await openPgliteDatabase(templateDir);
    postgisVersion = await prepareDatabase(db, { seedDemo: true, log });
    await db.close();
  }
  log(`template ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('templateDir', templateDir);
  project.provide('postgisVersion', postgisVersion);
  return async () => {
    if (TEST_BACKEND === 'server') await adminSql('drop', TEMPLATE_DB);
    else rmSync(templateDir, { recursive: true, force: true });
  };
}
