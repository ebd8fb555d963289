import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, findUserByName } from '../../server/auth/users-repository';
import { openTestApp } from '../helpers/test-app';
import type { TestDatabase } from '../helpers/test-database';
import { signIn, TEST_USERS } from '../helpers/test-users';

describe('signing in, sessions, CSRF and API tokens', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => { ({ t, app } = await openTestApp({ publicRead: false })); });
  afterAll(async () => { await app?.close(); await t?.dispose(); });

  it('signs in with an HttpOnly, SameSite=Strict cookie and answers the user and a CSRF token', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: TEST_USERS.planner });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user).toMatchObject({ name: 'test-planner', role: 'planner', areas: [] });
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
    const cookie = response.cookies.find((c) => c.name === 'corridor_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    expect(cookie.secure).toBeFalsy(); // plain HTTP here; Secure behind TLS
    const me = await app.inject({ url: '/api/auth/me', headers: { cookie: `corridor_session=${cookie.value}` } });
    expect(me.json().user.name).toBe('test-planner');
    // The token itself is not stored, only its hash.
    const stored = await t.db.query<{ n: number }>('select count(*)::int as n from sessions where token_hash = $1', [cookie.value]);
    expect(stored[0]!.n).toBe(0);
  });

  it('refuses a wrong password and an unknown name alike, with 401', async () => {
    for (const payload of [{ name: 'test-viewer', password: 'wrong-password' }, { name: 'nobody-here', password: 'whatever1' }]) {
      const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload });
      expect(response.statusCode).toBe(401);
      expect(response.json().message).toMatch(/name or password/);
    }
  });

  it('answers 400 naming the field for a malformed sign-in', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { name: 'x' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/password/);
  });

  it('requires a signed-in user for reads when PUBLIC_READ is off, and not for health', async () => {
    expect((await app.inject('/api/stats')).statusCode).toBe(401);
    expect((await app.inject('/tiles/checkpoints/5/25/12.mvt')).statusCode).toBe(401);
    expect((await app.inject('/basemap/style.json')).statusCode).toBe(401);
    expect((await app.inject('/api/health')).statusCode).toBe(200);
    const session = (await app.inject('/api/auth/session')).json();
    expect(session).toMatchObject({ user: null, csrfToken: null, publicRead: false });
  });

  it('needs the CSRF token for a write made with the session cookie', async () => {
    const { cookie, 'x-csrf-token': csrf } = await signIn(app, TEST_USERS.viewer);
    const without = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(without.statusCode).toBe(403);
    expect(without.json().message).toMatch(/X-CSRF-Token/);
    const wrong = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, 'x-csrf-token': 'nope' } });
    expect(wrong.statusCode).toBe(403);
    const right = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, 'x-csrf-token': csrf } });
    expect(right.statusCode).toBe(204);
  });

  it('signing out ends the session at once', async () => {
    const credentials = await signIn(app, TEST_USERS.viewer);
    expect((await app.inject({ url: '/api/stats', headers: credentials })).statusCode).toBe(200);
    await app.inject({ method: 'POST', url: '/api/auth/logout', headers: credentials });
    expect((await app.inject({ url: '/api/stats', headers: credentials })).statusCode).toBe(401);
  });

  it('disabling a user ends their sessions and tokens at once', async () => {
    const admin = await signIn(app, TEST_USERS.admin);
    await app.inject({ method: 'POST', url: '/api/users', headers: admin, payload: { name: 'short-lived', role: 'viewer', password: 'short-lived-pw' } });
    const user = (await findUserByName(t.db, 'short-lived'))!;
    const { token } = await createApiToken(t.db, user.id, 'test');
    const session = await signIn(app, { name: 'short-lived', password: 'short-lived-pw' });
    const bearer = { authorization: `Bearer ${token}` };
    expect((await app.inject({ url: '/api/stats', headers: session })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/stats', headers: bearer })).statusCode).toBe(200);
    const disabled = await app.inject({ method: 'PATCH', url: `/api/users/${user.id}`, headers: admin, payload: { disabled: true } });
    expect(disabled.statusCode).toBe(200);
    expect((await app.inject({ url: '/api/stats', headers: session })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/stats', headers: bearer })).statusCode).toBe(401);
    const again = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { name: 'short-lived', password: 'short-lived-pw' } });
    expect(again.statusCode).toBe(401);
  });

  it('refuses an expired session', async () => {
    const credentials = await signIn(app, TEST_USERS.viewer);
    await t.db.query(`update sessions set expires_at = now() - interval '1 second' where revoked_at is null`);
    app.auth.forget();
    expect((await app.inject({ url: '/api/stats', headers: credentials })).statusCode).toBe(401);
  });

  it('accepts a bearer token with its user\'s role, without CSRF, and refuses a bad one', async () => {
    const admin = (await findUserByName(t.db, TEST_USERS.admin.name))!;
    const { token } = await createApiToken(t.db, admin.id, 'script');
    const users = await app.inject({ url: '/api/users', headers: { authorization: `Bearer ${token}` } });
    expect(users.statusCode).toBe(200);
    const created = await app.inject({
      method: 'POST', url: '/api/users', headers: { authorization: `Bearer ${token}` },
      payload: { name: 'made-by-script', role: 'viewer', password: 'a-long-password' },
    });
    expect(created.statusCode).toBe(201);
    for (const authorization of ['Bearer nope', 'Basic abc', `Bearer ${token}x`]) {
      const response = await app.inject({ url: '/api/stats', headers: { authorization } });
      expect(response.statusCode, authorization).toBe(401);
      expect(response.json().message).toMatch(/^Authorization/);
    }
  });

  it('limits failed sign-ins per name with 429 and Retry-After', async () => {
    let last;
    for (let i = 0; i < 6; i++) {
      last = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { name: 'test-planner-scoped', password: `wrong-${i}` } });
    }
    expect(last!.statusCode).toBe(429);
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
    // Even the right password waits, and other names are not affected.
    const right = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { name: 'test-planner-scoped', password: TEST_USERS.viewer.password } });
    expect(right.statusCode).toBe(429);
    expect((await app.inject({ method: 'POST', url: '/api/auth/login', payload: TEST_USERS.viewer })).statusCode).toBe(200);
  });

  it('refuses to start with a route that declares no access', async () => {
    const { buildApp } = await import('../../server/app');
    const broken = await buildApp({ db: t.db, postgisVersion: t.postgisVersion });
    broken.get('/api/unguarded', { schema: { response: { 200: { type: 'string' } } } }, async () => 'x');
    await expect(broken.ready()).rejects.toThrow(/without an access policy: GET \/api\/unguarded/);
  });
});
