import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import type { Database } from '../../server/db/database';
import { openPgDatabase } from '../../server/db/pg-database';
import { TEST_BACKEND } from '../helpers/test-backend';
import { openTestDatabase, type TestDatabase } from '../helpers/test-database';
import { TcpProxy } from '../helpers/tcp-proxy';

// The embedded database lives in the process: it cannot become unreachable.
if (TEST_BACKEND !== 'server') console.warn('outage tests skipped: they need the server backend (DATABASE_URL)');

describe.skipIf(TEST_BACKEND !== 'server')('when the database goes away', () => {
  let t: TestDatabase;
  let proxy: TcpProxy;
  let db: Database;
  let app: FastifyInstance;
  const poolErrors: Error[] = [];

  beforeAll(async () => {
    t = await openTestDatabase();
    const target = new URL(t.location);
    proxy = new TcpProxy(Number(target.port || 5432), target.hostname);
    const port = await proxy.start();
    target.host = `127.0.0.1:${port}`;
    db = await openPgDatabase({
      connectionString: target.toString(), poolMax: 4, statementTimeoutMs: 10_000, connectTimeoutMs: 2_000,
      onPoolError: (error) => poolErrors.push(error),
    });
    app = await buildApp({ db, postgisVersion: t.postgisVersion, publicRead: true });
  });
  afterAll(async () => {
    await app?.close();
    await db?.close();
    await proxy?.cut();
    await t?.dispose();
  });

  it('answers 503 with Retry-After while it is gone, and recovers by itself when it returns', async () => {
    expect((await app.inject('/api/health')).statusCode).toBe(200);
    expect((await app.inject('/api/stats')).statusCode).toBe(200);

    await proxy.cut();
    for (const url of ['/api/health', '/api/stats', '/api/segments/ANY-1']) {
      const response = await app.inject(url);
      expect(response.statusCode, url).toBe(503);
      expect(response.headers['retry-after'], url).toBe('5');
      expect(response.json().message).toMatch(/database is unreachable/);
    }

    await proxy.start();
    let status = 0;
    for (let attempt = 0; attempt < 20 && status !== 200; attempt++) {
      status = (await app.inject('/api/health')).statusCode;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
    expect((await app.inject('/api/stats')).statusCode).toBe(200);
  });

  it('survives its connections being terminated by the server', async () => {
    expect((await app.inject('/api/health')).statusCode).toBe(200);
    const name = new URL(t.location).pathname.slice(1);
    await t.db.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
    let status = 0;
    for (let attempt = 0; attempt < 20 && status !== 200; attempt++) {
      status = (await app.inject('/api/health')).statusCode;
      expect([200, 503]).toContain(status);
    }
    expect(status).toBe(200);
  });
});
