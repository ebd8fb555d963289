import { existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { buildApp } from '../../server/app';
import { openTestDatabase, type TestDatabase } from './test-database';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);
if (!HAS_CHROMIUM) console.warn(`browser tests skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`);

// Headless, offline, software WebGL (SwiftShader): slow, but it draws what a GPU would.
const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
];

export const launchBrowser = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });

export interface BrowserApp { baseUrl: string; app: FastifyInstance; t: TestDatabase; close(): Promise<void> }

/** The real app on a loopback port, over this file's own copy of the seeded database. */
export async function startBrowserApp(): Promise<BrowserApp> {
  const t = await openTestDatabase();
  const app = await buildApp({ db: t.db, postgisVersion: t.postgisVersion, clientDir: inject('clientDir') });
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  return { baseUrl, app, t, close: async () => { await app.close(); await t.dispose(); } };
}

/** Every request the page makes to another origin; the test asserts this stays empty. */
export function foreignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return foreign;
}

/** Waits until the map has drawn Corridor's layers once (software WebGL: be patient). */
export async function waitForMap(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForSelector('[data-map-ready="true"]', { timeout });
  await page.evaluate(() => new Promise<void>((resolve) => {
    const map = (window as unknown as { __corridorMap?: { loaded(): boolean; once(e: string, f: () => void): void } }).__corridorMap;
    if (!map || map.loaded()) resolve(); else map.once('idle', () => resolve());
  }));
}

export const ARTIFACTS_DIR = 'test-artifacts/screenshots';
