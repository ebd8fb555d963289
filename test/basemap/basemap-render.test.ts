import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { ARTIFACTS_DIR, foreignRequests, HAS_CHROMIUM, launchBrowser } from '../helpers/browser';
import { openTestDatabase, type TestDatabase } from '../helpers/test-database';

const require = createRequire(import.meta.url);
const MAPLIBRE_DIST = dirname(require.resolve('maplibre-gl/dist/maplibre-gl.mjs'));
const FONT_DIR = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
const TYPES: Record<string, string> = { '.mjs': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff' };

// A bare page as the client will be: MapLibre and the font from this origin, the style's preload
// text awaited before the map draws any label.
const PAGE = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/test-assets/font/400.css"><link rel="stylesheet" href="/test-assets/maplibre/maplibre-gl.css">
<style>html,body,#map{margin:0;width:100%;height:100%}</style></head><body><div id="map"></div>
<script type="module">
import * as maplibregl from '/test-assets/maplibre/maplibre-gl.mjs';
const style = await (await fetch('/basemap/style.json')).json();
await document.fonts.load('48px "Noto Sans SC"', style.metadata['corridor:font-preload-text']);
window.mapErrors = [];
const map = new maplibregl.Map({ container: 'map', style, center: [104, 35], zoom: 3, attributionControl: false });
map.on('error', (e) => window.mapErrors.push(String(e.error?.message ?? e.error)));
map.once('idle', () => { window.basemap = map; });
</script></body></html>`;

/** The app plus test-only routes for the page and the packages it loads. */
async function appWithPage(t: TestDatabase): Promise<FastifyInstance> {
  const app = await buildApp({ db: t.db, postgisVersion: t.postgisVersion, publicRead: true });
  const serve = (prefix: string, dir: string) => app.get(`/test-assets/${prefix}/*`, { config: { access: 'public' } }, async (request, reply) => {
    const file = normalize(join(dir, (request.params as { '*': string })['*']));
    if (!file.startsWith(dir + sep) || !existsSync(file)) return reply.code(404).send();
    return reply.type(TYPES[extname(file)] ?? 'application/octet-stream').send(readFileSync(file));
  });
  serve('maplibre', MAPLIBRE_DIST);
  serve('font', FONT_DIR);
  app.get('/test-assets/basemap.html', { config: { access: 'public' }, helmet: false }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(PAGE));
  return app;
}

describe.skipIf(!HAS_CHROMIUM)('the basemap in a browser', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let browser: Browser;
  let origin: string;
  beforeAll(async () => {
    t = await openTestDatabase();
    app = await appWithPage(t);
    origin = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });
  afterAll(async () => { await browser?.close(); await app?.close(); await t?.dispose(); });

  it('draws from this origin alone, with Chinese labels in the page\'s Noto Sans SC', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const foreign = foreignRequests(page, origin);
    await page.goto(`${origin}/test-assets/basemap.html`);
    await page.waitForFunction('window.basemap !== undefined', undefined, { timeout: 180_000 });
    const result = await page.evaluate(`({
      errors: window.mapErrors,
      labels: window.basemap.queryRenderedFeatures({ layers: ['country-labels'] }).map((f) => f.properties.nameZh),
      fontReady: document.fonts.check('48px "Noto Sans SC"', '中国缅甸哈萨克斯坦'),
    })`) as { errors: string[]; labels: string[]; fontReady: boolean };
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'basemap-china-z3.png') });
    expect(foreign).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.labels).toEqual(expect.arrayContaining(['中国', '蒙古', '缅甸']));
    expect(result.fontReady).toBe(true);
  });

  it('draws China\'s provincial lines over Yunnan at z5', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/test-assets/basemap.html`);
    await page.waitForFunction('window.basemap !== undefined', undefined, { timeout: 180_000 });
    const provinces = await page.evaluate(`new Promise((resolve) => {
      window.basemap.once('idle', () => resolve(window.basemap.queryRenderedFeatures({ layers: ['admin1-boundaries'] })
        .filter((f) => f.properties.china).length));
      window.basemap.jumpTo({ center: [101, 25], zoom: 5 });
    })`) as number;
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'basemap-yunnan-z5.png') });
    expect(provinces).toBeGreaterThan(0);
  });
});
