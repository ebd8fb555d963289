import type { Config } from '../config';
import type { Database } from './database';
import { openPgDatabase } from './pg-database';
import { openPgliteDatabase } from './pglite-database';

export interface OpenOptions {
  log: (message: string) => void;
  onPoolError?: (error: Error) => void;
}

/** The server backend when DATABASE_URL is set, the embedded one otherwise. */
export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir' | 'statementTimeoutMs' | 'poolMax'>, options: OpenOptions): Promise<Database> {
  if (config.databaseUrl) {
    options.log(`Connecting to PostgreSQL at ${redact(config.databaseUrl)}`);
    return openPgDatabase({
      connectionString: config.databaseUrl,
      poolMax: config.poolMax,
      statementTimeoutMs: config.statementTimeoutMs,
      connectTimeoutMs: 5_000,
      onPoolError: options.onPoolError ?? ((error) => options.log(`idle database connection lost: ${error.message}`)),
    });
  }
  options.log(`Opening the embedded PostGIS database in ${config.dataDir} (the first start takes several seconds)`);
  return openPgliteDatabase(config.dataDir);
}

/** A connection string without its password, for logs. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}
