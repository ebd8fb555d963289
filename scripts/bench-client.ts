// npm run bench:client [-- --runs 3]
// Time from navigation to the map's first `idle` with every layer on, against a bare MapLibre page
// with only the basemap, measured in the same run and browser (target ≤ 1.5×); and the initial
// JavaScript a first load transfers, gzip-compressed (target ≤ 700 KB). Software WebGL here: the
// ratio is what matters, not the absolute times.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import fastifyStatic from '@fastify/static';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { buildApp } from '../server/app';
import { readConfig } from '../server/config';
import { openDatabase } from '../server/db/open-database';
import { prepareDatabase } from '../server/prepare-database';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
const log = (message: string) => process.stderr.write(`${message}\n`);
const root = new URL('..', import.meta.url).pathname;

const work = mkdtempSync(join(tmpdir(), 'corridor-bench-client-'));
log('building the client and the bare baseline page…');
await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir: join(work, 'client'), emptyOutDir: true } });
await build({
  configFile: false, root: join(root, 'scripts/bench/bare-map'), base: '/bare/', logLevel: 'warn',
  build: { outDir: join(work, 'bare'), emptyOutDir: true },
});

const config = readConfig();
const db = await openDatabase(config, { log });
const postgisVersion = await prepareDatabase(db, { seedDemo: true, log });
// Read access for anyone, as the wall screen has: the bench times the map, not the sign-in.
const app = await buildApp({ db, postgisVersion, clientDir: join(work, 'client'), publicRead: true });
await app.register(async (scope) => {
  // Every route declares who may call it (server/plugins/auth.plugin.ts): the bare page is public.
  scope.addHook('onRoute', (route) => {
    route.config = { ...route.config, access: route.config?.access ?? 'public' } as typeof route.config;
  });
  await scope.register(fastifyStatic, { root: join(work, 'bare'), prefix: '/bare/', decorateReply: false });
});
const base = await app.listen({ port: 0, host: '127.0.0.1' });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--no-first-run', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'],
});
const ALL_LAYERS = 'border-segments,checkpoints,duty-posts,demo-belts,zones,admin-areas,branches';
const VIEW = 'c=110.5000,37.5000&z=3.60';

async function timeToIdle(url: string, ready: string): Promise<{ ms: number; jsGzipBytes: number }> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  const scripts: Promise<number>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    const name = new URL(response.url()).pathname;
    scripts.push(response.body().then((b) => {
      const gzipBytes = gzipSync(b).length;
      log(`  ${name}: ${(gzipBytes / 1024).toFixed(1)} KB gzip`);
      return gzipBytes;
    }).catch(() => 0));
  });
  const started = Date.now();
  await page.goto(url);
  await page.waitForSelector(ready, { timeout: 300_000 });
  const ms = Date.now() - started;
  const jsGzipBytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
  await context.close();
  return { ms, jsGzipBytes };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const corridor: number[] = [];
const bare: number[] = [];
let jsGzip = 0;
for (let i = 0; i < runs; i++) {
  // Alternate the order so that neither page always gets the warmer browser.
  const b = await timeToIdle(`${base}/bare/index.html?lon=110.5&lat=37.5&z=3.6`, 'body[data-idle="true"]');
  const c = await timeToIdle(`${base}/?${VIEW}&l=${ALL_LAYERS}`, '[data-map-ready="true"]');
  bare.push(b.ms);
  corridor.push(c.ms);
  jsGzip = c.jsGzipBytes;
  log(`run ${i + 1}: Corridor ${c.ms} ms, bare ${b.ms} ms`);
}
console.log(`
### Client benchmark — ${db.backend} backend, headless Chromium (software WebGL), 1920×1080, ${runs} runs

| measure | value | target |
| --- | ---: | --- |
| navigation → first idle, all layers (median) | ${median(corridor)} ms | |
| navigation → first idle, bare MapLibre + basemap (median) | ${median(bare)} ms | |
| ratio | ${(median(corridor) / median(bare)).toFixed(2)}× | ≤ 1.5× |
| initial JavaScript, gzip | ${(jsGzip / 1024).toFixed(0)} KB | ≤ 700 KB |
`);
await browser.close();
await app.close();
await db.close();
rmSync(work, { recursive: true, force: true });
