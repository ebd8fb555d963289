import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import type { Database } from '../../server/db/database';
import { openPgDatabase } from '../../server/db/pg-database';
import { openPgliteDatabase } from '../../server/db/pglite-database';
import { TEST_BACKEND } from '../helpers/test-backend';
import { openTestDatabase, type TestDatabase } from '../helpers/test-database';

// The user:* commands as an administrator runs them, against this file's own database. The
// embedded database is one process at a time: it is closed while a command runs.
const run = promisify(execFile);

describe('npm run user:add / user:list / user:token', () => {
  let t: TestDatabase;
  const env: NodeJS.ProcessEnv = { ...process.env };
  beforeAll(async () => {
    t = await openTestDatabase();
    if (TEST_BACKEND === 'server') env.DATABASE_URL = t.location;
    else { env.DATABASE_URL = ''; env.CORRIDOR_DATA_DIR = t.location; await t.db.close(); }
  });
  afterAll(async () => { await t?.dispose().catch(() => undefined); });

  const cli = (script: string, args: string[], input?: string) => {
    const child = run(process.execPath, ['node_modules/tsx/dist/cli.mjs', `scripts/${script}.ts`, ...args], { env });
    if (input !== undefined) { child.child.stdin!.end(input); }
    return child;
  };
  const reopen = async (): Promise<Database> => (TEST_BACKEND === 'server'
    ? openPgDatabase({ connectionString: t.location, poolMax: 2, statementTimeoutMs: 60_000, connectTimeoutMs: 5_000, onPoolError: () => undefined })
    : openPgliteDatabase(t.location));

  it('adds a user (password from stdin), lists it, and prints a token that works as a bearer token', async () => {
    const added = await cli('user-add', ['--name', 'cli-admin', '--role', 'admin'], 'a-cli-password\n');
    expect(added.stderr).toMatch(/Created admin "cli-admin"/);
    const listed = await cli('user-list', []);
    expect(listed.stdout).toMatch(/cli-admin\tadmin\t-\tactive/);
    const token = (await cli('user-token', ['--name', 'cli-admin', '--label', 'ci'])).stdout.trim().split('\n').at(-1)!;
    expect(token).toMatch(/^cor_[\w-]{40,}$/);

    const db = await reopen();
    try {
      const app = await buildApp({ db, postgisVersion: t.postgisVersion });
      const users = await app.inject({ url: '/api/users', headers: { authorization: `Bearer ${token}` } });
      expect(users.statusCode).toBe(200);
      expect(users.json().map((u: { name: string }) => u.name)).toContain('cli-admin');
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { name: 'cli-admin', password: 'a-cli-password' } });
      expect(login.statusCode).toBe(200);
      const audit = await db.query<{ action: string }>("select action from audit_log where user_name = 'cli' order by id");
      expect(audit.map((r) => r.action)).toEqual(['create', 'create-token']);
      await app.close();
    } finally {
      await db.close();
    }

    await cli('user-token', ['--name', 'cli-admin', '--revoke']);
    const after = await reopen();
    try {
      const app = await buildApp({ db: after, postgisVersion: t.postgisVersion });
      expect((await app.inject({ url: '/api/users', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
      await app.close();
    } finally {
      await after.close();
    }
  });

  it('refuses bad arguments with a message naming the option and exit code 2', async () => {
    for (const [args, message] of [
      [['--name', 'x y', '--role', 'admin'], /--name/],
      [['--name', 'someone', '--role', 'chief'], /--role/],
      [['--name', 'someone', '--role', 'planner', '--area', 'NOWHERE', '--password', 'long-enough'], /--area: no admin area NOWHERE/],
      [['--name', 'someone', '--role', 'viewer', '--password', 'short'], /--password/],
    ] as const) {
      const failed = await cli('user-add', [...args]).then(() => undefined, (error: { code: number; stderr: string }) => error);
      expect(failed?.code, args.join(' ')).toBe(2);
      expect(failed?.stderr).toMatch(message);
    }
  });
});
