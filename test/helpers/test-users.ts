import type { FastifyInstance } from 'fastify';
import { insertUser } from '../../server/auth/users-repository';
import type { Queryable } from '../../server/db/database';

export type TestRole = 'admin' | 'planner' | 'viewer';
const PASSWORD = 'corridor-test-password';

/** Users in every test database (made once in the template by global-setup). */
export const TEST_USERS: Record<TestRole, { name: string; password: string }> = {
  admin: { name: 'test-admin', password: PASSWORD },
  planner: { name: 'test-planner', password: PASSWORD },
  viewer: { name: 'test-viewer', password: PASSWORD },
};
/** A planner limited to one prefecture (the first by code). */
export const SCOPED_PLANNER = { name: 'test-planner-scoped', password: PASSWORD };

export async function createTestUsers(db: Queryable): Promise<void> {
  for (const [role, user] of Object.entries(TEST_USERS)) await insertUser(db, { ...user, role: role as TestRole });
  const [prefecture] = await db.query<{ code: string }>("select code from admin_areas where level = 'prefecture' order by code limit 1");
  await insertUser(db, { ...SCOPED_PLANNER, role: 'planner', areas: [prefecture!.code] });
}

export type Credentials = Record<string, string> & { cookie: string; 'x-csrf-token': string };

/** Signs in through the API; the headers carry the session cookie and the CSRF token for writes. */
export async function signIn(app: FastifyInstance, user: { name: string; password: string }): Promise<Credentials> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { name: user.name, password: user.password } });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${user.name}: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  return { cookie, 'x-csrf-token': response.json().csrfToken };
}
