import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app';
import { openTestDatabase, type TestDatabase } from './test-database';

/** The whole app (no listening) over this file's own copy of the seeded database. */
export async function openTestApp(): Promise<{ t: TestDatabase; app: FastifyInstance }> {
  const t = await openTestDatabase();
  return { t, app: await buildApp({ db: t.db, postgisVersion: t.postgisVersion }) };
}
