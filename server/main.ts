// Starts Corridor: opens the database, migrates, seeds the demo on an empty one, builds the
// client if there is no build yet, and listens. Everything else lives in app.ts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from './app';
import { readConfig } from './config';
import { openDatabase } from './db/open-database';
import { createProgressBar } from './lib/progress-bar';
import { prepareDatabase } from './prepare-database';
import { prepareUsers } from './auth/prepare-users';

const log = (message: string) => process.stderr.write(`[corridor] ${message}\n`);

async function buildClientIfMissing(clientDir: string) {
  if (existsSync(join(clientDir, 'index.html'))) return;
  log(`No client build in ${clientDir}: building it once (about a minute)…`);
  const { build } = await import('vite');
  await build({
    configFile: new URL('../vite.config.ts', import.meta.url).pathname,
    logLevel: 'warn',
    build: { outDir: clientDir, emptyOutDir: true },
  });
}

async function main() {
  const config = readConfig();
  const started = Date.now();
  const db = await openDatabase(config, { log });
  const bar = createProgressBar();
  const postgisVersion = await prepareDatabase(db, {
    seedDemo: config.seedDemo,
    log,
    onProgress: ({ table, done, total }) => bar.update(table, done, total),
  });
  log(`Database ready (${db.backend}, PostGIS ${postgisVersion}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await prepareUsers(db, { demoUsers: config.demoUsers, log });
  await buildClientIfMissing(config.clientDir);

  const app = await buildApp({
    db,
    postgisVersion,
    clientDir: config.clientDir,
    logger: { level: config.logLevel },
    tileEncoder: config.tileEncoder,
    tileCacheMb: config.tileCacheMb,
    publicRead: config.publicRead,
    sessionHours: config.sessionHours,
    personalDataRoles: config.personalDataRoles,
  });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log(`${signal}: finishing open requests and closing`);
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  const address = await app.listen({ port: config.port, host: config.host });
  log(`Corridor is serving on ${address}`);
}

main().catch((error: Error) => {
  log(`failed to start: ${error.message}`);
  process.exit(1);
});
