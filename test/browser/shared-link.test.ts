import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseUrlState } from '../../client/src/state/url-state';
import type { AdminAreaNode, SegmentDetail } from '../../server/schemas/domain.schema';
import { HAS_CHROMIUM, launchBrowser, startBrowserApp, type BrowserApp } from '../helpers/browser';
import {
  cardTitle, centreOf, checkpointsIn, controls, getJson, grow, mapSettled, mapView, openMap, openSession, query, saveScreenshot,
  segmentPoint, signIn, WALL, type Bbox, type Session,
} from './corridor-page';

// A link is how a view travels from the wall screen to a tablet: opening it must show the same
// centre, zoom, layers, filters and card, and so must a link copied after working on the map.

const SEGMENT = 'YN-CY-003';
const SLOW = 240_000;
const ALL_LAYERS = ['border-segments', 'checkpoints', 'duty-posts', 'demo-belts', 'zones', 'admin-areas', 'branches'];

/** Everything a link carries, as the page shows it. */
async function shownView(page: Page) {
  await page.locator('[data-testid="selection-card"] #card-title').waitFor({ timeout: 30_000 });
  const view = await mapView(page);
  return {
    center: view.center, zoom: view.zoom, controls: await controls(page),
    card: await cardTitle(page),
    kind: await page.getByTestId('selection-card').locator('.card-kind').textContent(),
    mapLayers: await page.evaluate(() => {
      const map = window.__corridorMap!;
      return Object.fromEntries(['corridor-border-segments', 'corridor-duty-posts', 'corridor-zones-fill', 'corridor-branches', 'corridor-demo-belts-band']
        .map((id) => [id, map.getLayoutProperty(id, 'visibility')]));
    }),
  };
}

describe.skipIf(!HAS_CHROMIUM)('links in a browser', () => {
  let served: BrowserApp;
  let browser: Browser;
  let origin: string;
  let segment: SegmentDetail;
  let county: AdminAreaNode;
  const sessions: Session[] = [];
  const open = async () => {
    const session = await openSession(browser, origin, WALL);
    // Every view is a signed-in viewer's: the map needs a session, and a viewer is the least role.
    await signIn(session, origin, 'viewer');
    sessions.push(session);
    return session;
  };
  const expectClean = (session: Session) => {
    expect(session.foreign).toEqual([]);
    expect(session.errors).toEqual([]);
  };

  beforeAll(async () => {
    served = await startBrowserApp();
    origin = served.baseUrl;
    browser = await launchBrowser();
    segment = await getJson<SegmentDetail>(origin, `/api/segments/${SEGMENT}`);
    const { areas } = await getJson<{ areas: AdminAreaNode[] }>(origin, '/api/admin-areas');
    county = areas.find((a) => a.code === segment.county.code)!;
  });
  afterEach(async () => {
    for (const session of sessions.splice(0)) await session.context.close();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('opens at the link\'s centre and zoom, with its layers, filters and card', async () => {
    const s = await open();
    const [lon, lat] = centreOf(segment.bbox as Bbox).map((v) => Number(v.toFixed(4)));
    // Hand-written, not in the app's own spelling (order, `z=12.5`): the app rewrites it once it shows it.
    const link = `/?sel=segment:${SEGMENT}&z=12.5&c=${lon},${lat}&l=border-segments,checkpoints,zones&area=${county.code}&unit=police`
      + `&kind=checkpoint,port&status=staffed,alert`;
    await openMap(s, `${origin}${link}`);
    const shown = await shownView(s.page);

    expect(shown.center[0]).toBeCloseTo(lon!, 6);
    expect(shown.center[1]).toBeCloseTo(lat!, 6);
    expect(shown.zoom).toBeCloseTo(12.5, 6);
    expect(shown.controls).toEqual({
      layers: Object.fromEntries(ALL_LAYERS.map((id) => [id, ['border-segments', 'checkpoints', 'zones'].includes(id)])),
      prefecture: county.parentCode, county: county.code, township: '',
      chips: ['filter-kind-checkpoint', 'filter-kind-port', 'filter-status-alert', 'filter-status-staffed', 'filter-unit-police'],
    });
    expect(shown.mapLayers).toEqual({
      'corridor-border-segments': 'visible', 'corridor-duty-posts': 'none', 'corridor-zones-fill': 'visible',
      'corridor-branches': 'none', 'corridor-demo-belts-band': 'none',
    });
    expect(shown.card).toBe(SEGMENT);
    // Rewritten in the app's spelling, the address still says the same: the link survives a copy.
    await expect.poll(() => query(s.page).get('z'), { timeout: 10_000 }).toBe('12.50');
    expect(parseUrlState(new URL(s.page.url()).search)).toEqual(parseUrlState(link.slice(1)));
    await saveScreenshot(s.page, 'wall-link-opened');
    expectClean(s);
  }, SLOW);

  it('reopens, from a link copied after panning, zooming, toggling, filtering and selecting, the same view', async () => {
    const first = await open();
    const { page } = first;
    const [lon, lat] = centreOf(segment.bbox as Bbox);
    await openMap(first, `${origin}/?c=${lon},${lat}&z=12`);

    // Work on the map the way an operator does: drag, wheel, switches, chips, a click on a segment.
    const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
    const from = { x: canvas.x + canvas.width * 0.6, y: canvas.y + canvas.height * 0.5 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x - 120, from.y + 60, { steps: 8 });
    await page.mouse.up();
    await page.mouse.wheel(0, -300);
    // The wheel zoom eases in over a few frames: wait for it to land before working on the map.
    await expect.poll(async () => {
      const view = await mapView(page);
      return !view.moving && view.zoom > 12.1;
    }, { timeout: 30_000 }).toBe(true);
    await mapSettled(page);
    await page.getByTestId('layer-toggle-duty-posts').click();
    await page.getByTestId('layer-toggle-branches').click();
    await page.getByTestId('filter-status-unstaffed').check();
    await page.getByTestId('filter-unit-police').check();
    const checkpoints = await checkpointsIn(origin, grow(segment.bbox as Bbox, 0.1));
    const point = await segmentPoint(page, SEGMENT, checkpoints.map((c) => c.lngLat));
    expect(point, `no clickable point on ${SEGMENT}`).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await expect.poll(() => cardTitle(page), { timeout: 30_000 })
      .toBe(SEGMENT);
    const before = await mapSettled(page);
    expect(before.zoom).toBeGreaterThan(12.1);
    expect(before.center[0]).not.toBeCloseTo(lon, 3);

    // The address catches up (debounced) with what the page shows.
    await expect.poll(() => {
      const q = query(page);
      return [q.get('c'), q.get('z'), q.get('sel'), q.get('status'), q.get('unit'), q.get('l')];
    }, { timeout: 10_000 }).toEqual([
      `${before.center[0].toFixed(4)},${before.center[1].toFixed(4)}`, before.zoom.toFixed(2), `segment:${SEGMENT}`, 'unstaffed', 'police',
      'border-segments,checkpoints,demo-belts,zones,admin-areas,branches',
    ]);
    const shown = await shownView(page);
    const href = page.url();

    const second = await open();
    await openMap(second, href);
    const reopened = await shownView(second.page);
    // The link rounds the centre to 1e-4° (about 10 m) and the zoom to 0.01.
    expect(Math.abs(reopened.center[0] - shown.center[0])).toBeLessThanOrEqual(0.5e-4 + 1e-9);
    expect(Math.abs(reopened.center[1] - shown.center[1])).toBeLessThanOrEqual(0.5e-4 + 1e-9);
    expect(Math.abs(reopened.zoom - shown.zoom)).toBeLessThanOrEqual(0.005 + 1e-9);
    expect({ ...reopened, center: null, zoom: null }).toEqual({ ...shown, center: null, zoom: null });
    await mapSettled(second.page);
    await saveScreenshot(second.page, 'wall-link-reopened');
    expectClean(first);
    expectClean(second);
  }, SLOW);
});
