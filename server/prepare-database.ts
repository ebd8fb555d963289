import type { Database } from './db/database';
import { ensurePostgis, migrate } from './db/migrate';
import { isDatabaseEmpty, seedDemo, type SeedProgress } from './seed/demo-seed';

export interface PrepareOptions {
  seedDemo: boolean;
  log: (message: string) => void;
  onProgress?: SeedProgress;
}

/** Migrates, and loads the demo dataset into an empty database; returns the PostGIS version. */
export async function prepareDatabase(db: Database, options: PrepareOptions): Promise<string> {
  const postgis = await ensurePostgis(db);
  const { applied } = await migrate(db);
  if (applied.length > 0) options.log(`Applied migrations: ${applied.join(', ')}`);
  if (options.seedDemo && (await isDatabaseEmpty(db))) {
    options.log('Empty database: loading the demo dataset (synthetic data along real borders)…');
    await seedDemo(db, { onProgress: options.onProgress });
  }
  return postgis;
}
