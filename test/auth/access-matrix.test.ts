import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide, type Access, type AuthUser } from '../../server/auth/roles';
import { openTestApp } from '../helpers/test-app';
import type { TestDatabase } from '../helpers/test-database';
import { SCOPED_PLANNER, signIn, TEST_USERS } from '../helpers/test-users';

// Every registered route × method × caller, against the route's declared access: anonymous,
// viewer, planner, a planner limited to one prefecture, admin, and an expired session. Allowed
// cells must not answer 401/403 (a 400 or 404 for the sample input is fine); refused cells must
// answer exactly 401 (who are you?) or 403 (not you).
// No route is limited by area yet: the scoped planner must be treated as a planner everywhere.

type Caller = 'anonymous' | 'viewer' | 'planner' | 'planner-outside-area' | 'admin' | 'expired';
const CALLERS: Caller[] = ['anonymous', 'viewer', 'planner', 'planner-outside-area', 'admin', 'expired'];
const ROLE_OF: Record<Caller, AuthUser['role'] | undefined> = {
  anonymous: undefined, viewer: 'viewer', planner: 'planner', 'planner-outside-area': 'planner', admin: 'admin', expired: undefined,
};

describe('the access matrix: every route, method and caller', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  const samples = new Map<string, string>();
  beforeAll(async () => {
    ({ t, app } = await openTestApp({ publicRead: false }));
    const one = async (sql: string) => String(Object.values((await t.db.query<Record<string, unknown>>(sql))[0]!)[0]);
    const [segment, checkpoint, post, belt, zone] = await Promise.all([
      one('select code from border_segments order by code limit 1'), one('select code from checkpoints order by code limit 1'),
      one('select code from duty_posts order by code limit 1'), one('select code from demo_belts order by code limit 1'),
      one('select id from responsibility_zones order by id limit 1'),
    ]);
    await app.inject({ method: 'POST', url: '/api/users', headers: await signIn(app, TEST_USERS.admin), payload: { name: 'matrix-target', role: 'viewer', password: 'matrix-target-pw' } });
    const target = await one("select id from users where name = 'matrix-target'");
    Object.entries({
      code: segment, id: zone, layer: 'checkpoints', z: '5', x: '25', y: '12', collectionId: 'checkpoints', featureId: checkpoint, '*': 'json',
    }).forEach(([k, v]) => samples.set(k, v));
    samples.set('/api/checkpoints/:code', `/api/checkpoints/${checkpoint}`);
    samples.set('/api/duty-posts/:code', `/api/duty-posts/${post}`);
    samples.set('/api/belts/:code', `/api/belts/${belt}`);
    samples.set('/api/users/:id', `/api/users/${target}`);
  });
  afterAll(async () => { await app?.close(); await t?.dispose(); });

  const urlOf = (pattern: string) => samples.get(pattern)
    ?? pattern.replace(/:(\w+)/g, (_, name: string) => samples.get(name) ?? 'x').replace('*', samples.get('*')!);
  const bodyOf = (method: string, url: string) => {
    if (method !== 'POST' && method !== 'PATCH') return undefined;
    if (url === '/api/auth/login') return TEST_USERS.viewer;
    if (url === '/api/users') return { name: `matrix-${Math.random().toString(36).slice(2, 10)}`, role: 'viewer', password: 'matrix-password' };
    if (url.startsWith('/api/users/')) return { areas: [] };
    return {};
  };
  const credentialsOf = async (caller: Caller): Promise<Record<string, string>> => {
    switch (caller) {
      case 'anonymous': return {};
      case 'planner-outside-area': return signIn(app, SCOPED_PLANNER);
      case 'expired': {
        const credentials = await signIn(app, TEST_USERS.viewer);
        await t.db.query(`update sessions set expires_at = now() - interval '1 second' where expires_at > now()`);
        app.auth.forget();
        return credentials;
      }
      default: return signIn(app, TEST_USERS[caller]);
    }
  };

  it('answers every cell as the route declares', async () => {
    // Signing out ends the session: that cell comes last for each caller.
    const routes = app.auth.routes().sort((a, b) => Number(a.url === '/api/auth/logout') - Number(b.url === '/api/auth/logout'));
    expect(routes.length).toBeGreaterThan(25);
    const cells: string[] = [];
    for (const caller of CALLERS) {
      const headers = await credentialsOf(caller);
      for (const route of routes) {
        const url = urlOf(route.url);
        const response = await app.inject({ method: route.method as 'GET', url, headers, payload: bodyOf(route.method, url) as object | undefined });
        const role = ROLE_OF[caller];
        const user = role && { id: 0, name: caller, role, areas: [] };
        const expected = decide(route.access as Access, user, false);
        const label = `${caller} ${route.method} ${route.url} → ${response.statusCode}`;
        if (expected === 'ok') expect([401, 403], label).not.toContain(response.statusCode);
        else expect(response.statusCode, label).toBe(expected);
        expect(response.statusCode, label).toBeLessThan(500);
        cells.push(label);
      }
    }
    expect(cells.length).toBe(routes.length * CALLERS.length);
  });

  it('with PUBLIC_READ=true, anyone reads, and writes still need their role', async () => {
    const open = await openTestApp({ publicRead: true });
    try {
      for (const route of open.app.auth.routes()) {
        const url = urlOf(route.url);
        const response = await open.app.inject({ method: route.method as 'GET', url, payload: bodyOf(route.method, url) as object | undefined });
        const expected = decide(route.access as Access, undefined, true);
        const label = `anonymous ${route.method} ${route.url} → ${response.statusCode}`;
        if (expected === 'ok') expect([401, 403], label).not.toContain(response.statusCode);
        else expect(response.statusCode, label).toBe(401);
      }
      expect((await open.app.inject('/api/auth/session')).json().publicRead).toBe(true);
    } finally {
      await open.app.close();
      await open.t.dispose();
    }
  });
});
