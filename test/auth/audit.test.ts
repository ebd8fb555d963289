import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp } from '../helpers/test-app';
import type { TestDatabase } from '../helpers/test-database';
import { signIn, TEST_USERS, type Credentials } from '../helpers/test-users';

describe('the audit trail', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let admin: Credentials;
  beforeAll(async () => {
    ({ t, app } = await openTestApp({ publicRead: false }));
    admin = await signIn(app, TEST_USERS.admin);
  });
  afterAll(async () => { await app?.close(); await t?.dispose(); });

  const auditCount = async () => (await t.db.query<{ n: number }>('select count(*)::int as n from audit_log'))[0]!.n;

  it('cannot be changed or emptied by the application\'s own database role', async () => {
    expect(await auditCount()).toBeGreaterThan(0);
    for (const sql of ['update audit_log set action = \'x\'', 'delete from audit_log', 'truncate audit_log']) {
      await expect(t.db.query(sql), sql).rejects.toThrow(/append-only|permission denied/);
    }
  });

  it('holds exactly one row per acknowledged write, none for refused ones', async () => {
    const before = await auditCount();
    let acknowledged = 0;
    const write = async (request: InjectOptions) => {
      const response = await app.inject(request);
      if (response.statusCode >= 200 && response.statusCode < 300) acknowledged += 1;
      return response;
    };
    const viewer = TEST_USERS.viewer;
    for (let i = 0; i < 5; i++) {
      const name = `audited-${i}`;
      await write({ method: 'POST', url: '/api/users', headers: admin, payload: { name, role: 'viewer', password: 'audited-password' } });
      // Refused writes: a duplicate (409), bad input (400), no CSRF token (403), wrong password (401).
      expect((await write({ method: 'POST', url: '/api/users', headers: admin, payload: { name, role: 'viewer', password: 'audited-password' } })).statusCode).toBe(409);
      expect((await write({ method: 'POST', url: '/api/users', headers: admin, payload: { name, role: 'chief', password: 'x' } })).statusCode).toBe(400);
      expect((await write({ method: 'POST', url: '/api/users', headers: { cookie: admin.cookie }, payload: { name: `${name}-x`, role: 'viewer', password: 'audited-password' } })).statusCode).toBe(403);
      expect((await write({ method: 'POST', url: '/api/auth/login', payload: { name: viewer.name, password: 'not-it' } })).statusCode).toBe(401);
      const session = await write({ method: 'POST', url: '/api/auth/login', payload: { name, password: 'audited-password' } });
      const credentials = { cookie: `corridor_session=${session.cookies[0]!.value}`, 'x-csrf-token': session.json().csrfToken };
      await write({ method: 'POST', url: '/api/auth/logout', headers: credentials });
      const id = (await t.db.query<{ id: number }>('select id::int as id from users where name = $1', [name]))[0]!.id;
      await write({ method: 'PATCH', url: `/api/users/${id}`, headers: admin, payload: { role: 'planner', password: 'another-password' } });
    }
    expect(acknowledged).toBe(20);
    expect(await auditCount()).toBe(before + acknowledged);
  });

  it('records who, what and before/after, and is listed for admins only, filtered', async () => {
    const id = (await t.db.query<{ id: number }>("select id::int as id from users where name = 'audited-0'"))[0]!.id;
    const listed = await app.inject({ url: `/api/audit?objectType=user&objectId=${id}&user=test-admin`, headers: admin });
    expect(listed.statusCode).toBe(200);
    const { total, items } = listed.json();
    expect(total).toBe(2);
    const update = items.find((r: { action: string }) => r.action === 'update');
    expect(update).toMatchObject({ userName: 'test-admin', objectType: 'user', objectId: String(id) });
    expect(update.before.role).toBe('viewer');
    expect(update.after.role).toBe('planner');
    expect(JSON.stringify(items)).not.toMatch(/argon2|another-password/);
    const future = await app.inject({ url: `/api/audit?from=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`, headers: admin });
    expect(future.json().total).toBe(0);
    expect((await app.inject({ url: '/api/audit', headers: await signIn(app, TEST_USERS.planner) })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/audit?limit=0', headers: admin })).statusCode).toBe(400);
  });
});
