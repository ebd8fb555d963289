// Shared set-up of the OGC system tests: a seeded database of the file's own and the app over it.
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../../server/app';
import { openTestDatabase, type TestDatabase } from '../helpers/test-database';

export const EXPECTED_GEOMETRY: Record<string, string> = {
  'border-segments': 'LineString',
  checkpoints: 'Point',
  'duty-posts': 'Point',
  'demo-belts': 'LineString',
  zones: 'MultiPolygon',
  'admin-areas': 'MultiPolygon',
  branches: 'Point',
};

export const TABLES: Record<string, string> = {
  'border-segments': 'border_segments',
  checkpoints: 'checkpoints',
  'duty-posts': 'duty_posts',
  'demo-belts': 'demo_belts',
  zones: 'responsibility_zones',
  'admin-areas': 'admin_areas',
  branches: 'party_branches',
};

export interface OgcTestApp {
  t: TestDatabase;
  app: FastifyInstance;
  /** GET returning status, content type and parsed JSON body. */
  get(url: string, headers?: InjectOptions['headers']): Promise<{ status: number; type: string; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** A single integer from SQL with bound parameters. */
  count(sql: string, params?: unknown[]): Promise<number>;
  close(): Promise<void>;
}

export async function openOgcTestApp(): Promise<OgcTestApp> {
  const t = await openTestDatabase();
  const app = await buildApp({ db: t.db, postgisVersion: t.postgisVersion, publicRead: true });
  return {
    t,
    app,
    async get(url, headers) {
      const response = await app.inject({ method: 'GET', url, headers });
      return { status: response.statusCode, type: String(response.headers['content-type'] ?? ''), body: response.json() };
    },
    async count(sql, params = []) {
      const [row] = await t.db.query<{ n: number }>(sql, params);
      return Number(row?.n);
    },
    async close() { await app.close(); await t.dispose(); },
  };
}

/** The path and query of an absolute href, for app.inject. */
export const pathOf = (href: string) => { const url = new URL(href); return `${url.pathname}${url.search}`; };
