import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../server/app';
import { openTestDatabase, type TestDatabase } from './test-database';

/**
 * The whole app (no listening) over this file's own copy of the seeded database. Reads are
 * public unless `publicRead: false` (the access tests sign in as each role instead).
 */
export async function openTestApp(options: Partial<AppOptions> = {}): Promise<{ t: TestDatabase; app: FastifyInstance }> {
  const t = await openTestDatabase();
  return { t, app: await buildApp({ db: t.db, postgisVersion: t.postgisVersion, publicRead: true, ...options }) };
}
