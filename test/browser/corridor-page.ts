import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { ARTIFACTS_DIR, foreignRequests, waitForMap } from '../helpers/browser';
import { TEST_USERS, type TestRole } from '../helpers/test-users';

// What the browser tests do to the Corridor page, and read back from it. The functions passed to
// `page.evaluate` run in the page: they may use only their argument and the page's globals.

export type LngLat = [number, number];
export type Bbox = [number, number, number, number];

/** The command center's wall screen, in the operators' language. */
export const WALL: BrowserContextOptions = { viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' };
/** A leader's tablet at a briefing: touch only, no hover. */
export const TABLET: BrowserContextOptions = { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true, locale: 'zh-CN' };

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Requests to any other origin: must stay empty. */
  foreign: string[];
  /** Uncaught exceptions in the page: must stay empty. */
  errors: string[];
}

export async function openSession(browser: Browser, origin: string, options: BrowserContextOptions): Promise<Session> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, foreign: foreignRequests(page, origin), errors };
}

/**
 * Signs the browser context in as a test user: the API request shares the context's cookie jar,
 * so the page then opens as that user (the session cookie is HttpOnly and SameSite=Strict).
 */
export async function signIn(session: Session, origin: string, role: TestRole = 'viewer'): Promise<void> {
  const response = await session.context.request.post(`${origin}/api/auth/login`, { data: TEST_USERS[role] });
  if (response.status() !== 200) throw new Error(`sign-in as ${role}: ${response.status()} ${await response.text()}`);
}

/** A `cookie` header for the test, not the page: a fresh session of `role` on that server. */
export async function loginCookie(origin: string, role: TestRole = 'viewer'): Promise<string> {
  const response = await fetch(`${origin}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(TEST_USERS[role]),
  });
  if (response.status !== 200) throw new Error(`sign-in as ${role}: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
}

// One viewer session per server for the test's own reads: each test file starts its own server.
const viewerCookies = new Map<string, Promise<string>>();
const viewerCookie = (origin: string) => {
  let cookie = viewerCookies.get(origin);
  if (!cookie) {
    cookie = loginCookie(origin, 'viewer');
    viewerCookies.set(origin, cookie);
    cookie.catch(() => viewerCookies.delete(origin));
  }
  return cookie;
};

/** Opens a Corridor URL and waits until the map has drawn its layers once. */
export async function openMap(session: Session, url: string): Promise<void> {
  await session.page.goto(url);
  await waitForMap(session.page);
}

export async function saveScreenshot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`) });
}

/** What the API answers the test, signed in as a viewer (the page's users see the same), or with `cookie`. */
export async function getJson<T>(origin: string, path: string, cookie?: string): Promise<T> {
  const response = await fetch(`${origin}${path}`, { headers: { cookie: cookie ?? await viewerCookie(origin) } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** Checkpoints inside a bbox, from the OGC API (the same rows the tiles are cut from). */
export async function checkpointsIn(origin: string, [w, s, e, n]: Bbox): Promise<Array<{ code: string; status: string; lngLat: LngLat }>> {
  const page = await getJson<{ features: Array<{ id: string; properties: { status: string }; geometry: { coordinates: LngLat } }> }>(
    origin, `/ogc/collections/checkpoints/items?bbox=${w},${s},${e},${n}&limit=1000`);
  return page.features.map((f) => ({ code: String(f.id), status: f.properties.status, lngLat: f.geometry.coordinates }));
}

export const centreOf = ([w, s, e, n]: Bbox): LngLat => [(w + e) / 2, (s + n) / 2];
export const grow = ([w, s, e, n]: Bbox, deg: number): Bbox => [w - deg, s - deg, e + deg, n + deg];

export interface MapView { center: LngLat; zoom: number; bounds: Bbox; moving: boolean }

export const mapView = (page: Page): Promise<MapView> => page.evaluate(() => {
  const map = window.__corridorMap!;
  const b = map.getBounds();
  return {
    center: [map.getCenter().lng, map.getCenter().lat], zoom: map.getZoom(),
    bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], moving: map.isMoving(),
  };
});

/** Waits until the map has stopped moving and every MapLibre tile it wants is drawn. */
export async function mapSettled(page: Page): Promise<MapView> {
  await page.waitForFunction(() => {
    const map = window.__corridorMap;
    return map !== undefined && !map.isMoving() && map.loaded() && map.areTilesLoaded();
  }, undefined, { timeout: 120_000, polling: 250 });
  return mapView(page);
}

/**
 * Where on the page each point is drawn, and whether the map itself is there (not a panel or
 * the card over it): only those points can be clicked or read from a screenshot.
 */
export const projectOnPage = (page: Page, points: LngLat[]) => page.evaluate((lngLats) => {
  const map = window.__corridorMap!;
  const canvas = map.getCanvas();
  const rect = canvas.getBoundingClientRect();
  return lngLats.map((lngLat) => {
    const p = map.project(lngLat);
    const x = rect.left + p.x;
    const y = rect.top + p.y;
    return { x, y, onMap: p.x >= 8 && p.y >= 8 && p.x <= rect.width - 8 && p.y <= rect.height - 8 && document.elementFromPoint(x, y) === canvas };
  });
}, points);

/**
 * A point on the page where segment `code` is drawn and nothing else answers a pointer first
 * (MapLibre's top-most pickable feature within the app's 6 px pick radius is this segment), as
 * far as possible from the given checkpoints, which deck.gl draws above the segments.
 */
export const segmentPoint = (page: Page, code: string, avoid: LngLat[]) => page.evaluate(({ code, avoid }) => {
  const map = window.__corridorMap!;
  const canvas = map.getCanvas();
  const rect = canvas.getBoundingClientRect();
  const pickable = ['corridor-duty-posts', 'corridor-branches', 'corridor-border-segments', 'corridor-border-segments-casing',
    'corridor-demo-belts-centre', 'corridor-demo-belts-band', 'corridor-zones-fill'].filter((id) => map.getLayer(id));
  const avoidPx = avoid.map((lngLat) => map.project(lngLat));
  const lines = map.queryRenderedFeatures({ layers: ['corridor-border-segments'] })
    .filter((f) => f.properties.code === code)
    .flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : []));
  let best: { x: number; y: number; clearancePx: number } | null = null;
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const a = map.project(line[i - 1] as [number, number]);
      const b = map.project(line[i] as [number, number]);
      const length = Math.hypot(b.x - a.x, b.y - a.y);
      for (let d = 0; d <= length; d += 2) {
        const x = a.x + ((b.x - a.x) * d) / length;
        const y = a.y + ((b.y - a.y) * d) / length;
        if (x < 8 || y < 8 || x > rect.width - 8 || y > rect.height - 8) continue;
        if (document.elementFromPoint(rect.left + x, rect.top + y) !== canvas) continue;
        const top = map.queryRenderedFeatures([[x - 6, y - 6], [x + 6, y + 6]], { layers: pickable })[0];
        if (!top || !top.layer.id.startsWith('corridor-border-segments') || top.properties.code !== code) continue;
        const clearancePx = Math.min(Infinity, ...avoidPx.map((p) => Math.hypot(p.x - x, p.y - y)));
        if (!best || clearancePx > best.clearancePx) best = { x: rect.left + x, y: rect.top + y, clearancePx };
      }
    }
  }
  return best;
}, { code, avoid });

/** Features of a MapLibre layer drawn now, by a property. */
export const renderedValues = (page: Page, layer: string, property: string) => page.evaluate(({ layer, property }) => {
  const map = window.__corridorMap!;
  return [...new Set(map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties[property])))].sort();
}, { layer, property });

/** A KPI as a number ("5,578" → 5578). */
export async function kpi(page: Page, id: string): Promise<number> {
  const text = await page.getByTestId(`kpi-${id}`).innerText();
  const digits = text.replace(/[^\d]/g, '');
  return digits ? Number(digits) : Number.NaN;
}

/** Whether the KPIs show an answer for the current filters and extent (no request pending). */
export const kpisSettled = (page: Page) => page.waitForFunction(() => document.querySelector('.kpi-bar')?.getAttribute('aria-busy') === 'false',
  undefined, { timeout: 30_000 });

export interface Controls {
  layers: Record<string, boolean>;
  prefecture: string;
  county: string;
  township: string;
  /** The data-testids of the checked filter chips, e.g. `filter-status-alert`. */
  chips: string[];
}

/** The state the layer switches and filter controls show (both panels must be open). */
export const controls = (page: Page): Promise<Controls> => page.evaluate(() => {
  const layers: Record<string, boolean> = {};
  for (const el of document.querySelectorAll<HTMLElement>('[data-testid^="layer-toggle-"]')) {
    layers[el.dataset.testid!.slice('layer-toggle-'.length)] = el.getAttribute('aria-checked') === 'true';
  }
  const value = (id: string) => document.querySelector<HTMLSelectElement>(`[data-testid="${id}"]`)?.value ?? '';
  const chips = [...document.querySelectorAll<HTMLInputElement>('input[type=checkbox][data-testid^="filter-"]')]
    .filter((el) => el.checked).map((el) => el.dataset.testid!).sort();
  return { layers, prefecture: value('filter-prefecture'), county: value('filter-county'), township: value('filter-township'), chips };
});

/** The address bar's query (the app rewrites it, debounced, as the view changes). */
export const query = (page: Page) => new URL(page.url()).searchParams;

/** The selection card's title, or null while no card (or no title yet) shows: for `expect.poll`. */
export const cardTitle = (page: Page) => page.locator('[data-testid="selection-card"] #card-title').textContent({ timeout: 1_000 }).catch(() => null);
