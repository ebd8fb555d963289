import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSql, TEST_BACKEND, uniqueDatabaseName, urlForDatabase } from '../helpers/test-backend';

// What a user does: `npm start` on an empty database, then again on the same one.
// Real process, real HTTP on loopback, the real client build.

interface Started { child: ChildProcess; url: string; output: () => string }

function start(env: NodeJS.ProcessEnv): Promise<Started> {
  const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serving on (http:\/\/\S+)/.exec(output);
      if (match) resolve({ child, url: match[1]!, output: () => output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code} before serving:\n${output}`)));
  });
}

const stop = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });

describe(`npm start on the ${TEST_BACKEND} backend`, () => {
  const work = mkdtempSync(join(tmpdir(), 'corridor-smoke-'));
  const dbName = uniqueDatabaseName();
  const env: NodeJS.ProcessEnv = { CORRIDOR_CLIENT_DIR: join(work, 'client') };
  if (TEST_BACKEND === 'server') env.DATABASE_URL = urlForDatabase(dbName);
  else { delete process.env.DATABASE_URL; env.CORRIDOR_DATA_DIR = join(work, 'db'); }

  beforeAll(async () => { if (TEST_BACKEND === 'server') await adminSql('create', dbName); });
  afterAll(async () => {
    if (TEST_BACKEND === 'server') await adminSql('drop', dbName);
    rmSync(work, { recursive: true, force: true });
  });

  it('migrates, seeds, builds the client and serves health on the first start', async () => {
    const server = await start(env);
    try {
      expect(server.output()).toMatch(/Applied migrations: 001_core_schema\.sql/);
      expect(server.output()).toMatch(/loading the demo dataset/);
      const health = await (await fetch(`${server.url}/api/health`)).json();
      expect(health.status).toBe('ok');
      expect(health.db.backend).toBe(TEST_BACKEND);
      expect(health.counts.checkpoints).toBe(5578);
      const page = await fetch(`${server.url}/`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
    } finally {
      expect(await stop(server.child)).toBe(0);
    }
  });

  it('reopens the same database on the next start without migrating or seeding again', async () => {
    const server = await start(env);
    try {
      expect(server.output()).not.toMatch(/Applied migrations|loading the demo dataset/);
      const health = await (await fetch(`${server.url}/api/health`)).json();
      expect(health.counts.checkpoints).toBe(5578);
    } finally {
      expect(await stop(server.child)).toBe(0);
    }
  });
});
