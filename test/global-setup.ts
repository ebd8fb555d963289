import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPgDatabase } from '../server/db/pg-database';
import { openPgliteDatabase } from '../server/db/pglite-database';
import { prepareDatabase } from '../server/prepare-database';
import { adminSql, templateDatabaseName, TEST_BACKEND, urlForDatabase } from './helpers/test-backend';
import { createTestUsers } from './helpers/test-users';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDir: string;
    templateDb: string;
    postgisVersion: string;
    clientDir: string;
  }
}

/** The browser tests serve a fresh build of the client, made once per run (only when Chromium is there). */
async function buildClient(): Promise<string> {
  if (!existsSync(CHROMIUM_PATH)) return '';
  // `vitest run test/api` and the like name files: build only when browser tests may run.
  const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('-') && arg !== 'run' && !arg.includes('='));
  if (filters.length > 0 && !filters.some((f) => 'test/browser'.includes(f) || f.includes('browser'))) return '';
  const outDir = mkdtempSync(join(tmpdir(), 'corridor-client-'));
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  log(`client built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return outDir;
}

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const log = (message: string) => process.stderr.write(`[test setup] ${message}\n`);

/** Builds one migrated, seeded template database; every test file clones it. */
export default async function setup(project: TestProject) {
  log(`backend: ${TEST_BACKEND}`);
  const started = Date.now();
  let templateDir = '';
  const TEMPLATE_DB = templateDatabaseName();
  let postgisVersion: string;
  if (TEST_BACKEND === 'server') {
    await adminSql('drop', TEMPLATE_DB);
    await adminSql('create', TEMPLATE_DB);
    const db = await openPgDatabase({
      connectionString: urlForDatabase(TEMPLATE_DB), poolMax: 2, statementTimeoutMs: 600_000,
      connectTimeoutMs: 5_000, onPoolError: () => undefined,
    });
    postgisVersion = await prepareDatabase(db, { seedDemo: true, log });
    await createTestUsers(db);
    await db.close();
  } else {
    templateDir = mkdtempSync(join(tmpdir(), 'corridor-template-'));
    const db = await openPgliteDatabase(templateDir);
    postgisVersion = await prepareDatabase(db, { seedDemo: true, log });
    await createTestUsers(db);
    await db.close();
  }
  log(`template ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const clientDir = process.env.CORRIDOR_TEST_CLIENT_DIR ?? (await buildClient());
  project.provide('templateDir', templateDir);
  project.provide('templateDb', TEMPLATE_DB);
  project.provide('clientDir', clientDir);
  project.provide('postgisVersion', postgisVersion);
  return async () => {
    if (TEST_BACKEND === 'server') await adminSql('drop', TEMPLATE_DB);
    else rmSync(templateDir, { recursive: true, force: true });
    if (clientDir && !process.env.CORRIDOR_TEST_CLIENT_DIR) rmSync(clientDir, { recursive: true, force: true });
  };
}
