import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../client/src/i18n/en';
import { zhCN } from '../../client/src/i18n/zh-CN';
import { CHECKPOINT_STATUS_COLORS } from '../../client/src/map/map-palette';
import type { AdminAreaNode, SegmentDetail, Stats } from '../../server/schemas/domain.schema';
import { HAS_CHROMIUM, launchBrowser, startBrowserApp, type BrowserApp } from '../helpers/browser';
import {
  cardTitle, centreOf, checkpointsIn, getJson, grow, kpi, kpisSettled, mapSettled, mapView, openMap, openSession, projectOnPage, query,
  renderedValues, saveScreenshot, segmentPoint, signIn, WALL, type Bbox, type Session,
} from './corridor-page';
import { colourDistance, decodePng, hexRgb } from './png-pixels';

// The command center's wall screen (1920×1080) in a real Chromium, against the real app and a
// copy of the seeded demo database. Software WebGL: slow, so waits are generous and nothing is timed.

const SEGMENT = 'YN-CY-003';
const SLOW = 240_000;
const MAX_LAT = 85.05112878;

/** The stats request the KPIs stand for: the filters and the visible extent, clamped to the world. */
function statsPath(bounds: Bbox, filters: Record<string, string> = {}): string {
  const [w, s, e, n] = bounds;
  const clamp = (v: number, limit: number) => Math.max(-limit, Math.min(limit, v));
  const bbox = [clamp(w, 180), clamp(s, MAX_LAT), clamp(e, 180), clamp(n, MAX_LAT)].map((v) => v.toFixed(5)).join(',');
  return `/api/stats?${new URLSearchParams({ ...filters, bbox })}`;
}

describe.skipIf(!HAS_CHROMIUM)('the wall screen in a browser', () => {
  let served: BrowserApp;
  let browser: Browser;
  let origin: string;
  let segment: SegmentDetail;
  const sessions: Session[] = [];
  const open = async () => {
    const session = await openSession(browser, origin, WALL);
    // Every view is a signed-in viewer's: the map needs a session, and a viewer is the least role.
    await signIn(session, origin, 'viewer');
    sessions.push(session);
    return session;
  };

  beforeAll(async () => {
    served = await startBrowserApp();
    origin = served.baseUrl;
    browser = await launchBrowser();
    segment = await getJson<SegmentDetail>(origin, `/api/segments/${SEGMENT}`);
  });
  afterEach(async () => {
    for (const session of sessions.splice(0)) await session.context.close();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  /** Every flow ends here: nothing fetched from another origin, no uncaught error. */
  const expectClean = (session: Session) => {
    expect(session.foreign).toEqual([]);
    expect(session.errors).toEqual([]);
  };

  it('draws the basemap, every border segment and the admin areas at the default view', async () => {
    const s = await open();
    await openMap(s, `${origin}/`);
    await mapSettled(s.page);
    const health = await getJson<{ counts: { segments: number } }>(origin, '/api/health');
    expect(await renderedValues(s.page, 'corridor-border-segments', 'code')).toHaveLength(health.counts.segments);
    expect((await renderedValues(s.page, 'corridor-admin-areas-outline', 'code')).length).toBeGreaterThan(0);
    expect((await renderedValues(s.page, 'countries', 'iso')).length).toBeGreaterThan(10);

    // The canvas is a picture, not one flat colour: sample the map right of the side panels.
    const shot = decodePng(await saveScreenshot(s.page, 'wall-overview'));
    const colours = new Set<string>();
    for (let y = 150; y < shot.height - 40; y += 8) {
      for (let x = 460; x < shot.width - 20; x += 8) colours.add(shot.at(x, y).map((v) => v >> 3).join(','));
    }
    expect(colours.size).toBeGreaterThanOrEqual(20);
    expectClean(s);
  }, SLOW);

  it('draws each checkpoint (deck.gl) at its place in its status colour, and none once the layer is off', async () => {
    const s = await open();
    const [lon, lat] = centreOf(segment.bbox as Bbox);
    await openMap(s, `${origin}/?c=${lon},${lat}&z=13`);
    const checkpoints = await checkpointsIn(origin, grow(segment.bbox as Bbox, 0.05));
    const onScreen = (await projectOnPage(s.page, checkpoints.map((c) => c.lngLat)))
      .map((p, i) => ({ ...p, colour: hexRgb(CHECKPOINT_STATUS_COLORS[checkpoints[i]!.status as keyof typeof CHECKPOINT_STATUS_COLORS]) }))
      .filter((p) => p.onMap);
    expect(onScreen.length).toBeGreaterThanOrEqual(5);
    const drawn = async (name?: string) => {
      const shot = decodePng(name ? await saveScreenshot(s.page, name) : await s.page.screenshot());
      return onScreen.filter((p) => colourDistance(shot.at(p.x, p.y), p.colour) <= 24).length;
    };
    // A label drawn over a point may hide one; most must show.
    expect(await drawn('wall-checkpoints-z13')).toBeGreaterThanOrEqual(Math.ceil(onScreen.length * 0.8));

    await s.page.getByTestId('layer-toggle-checkpoints').click();
    await expect.poll(() => drawn(), { timeout: 30_000 }).toBeLessThanOrEqual(Math.floor(onScreen.length * 0.2));
    expect(await s.page.getByTestId('layer-toggle-checkpoints').getAttribute('aria-checked')).toBe('false');
    expectClean(s);
  }, SLOW);

  it('opens the card of a clicked segment with its five chiefs, province to village', async () => {
    const s = await open();
    const [lon, lat] = centreOf(segment.bbox as Bbox);
    await openMap(s, `${origin}/?c=${lon},${lat}&z=13`);
    const checkpoints = await checkpointsIn(origin, grow(segment.bbox as Bbox, 0.05));
    const point = await segmentPoint(s.page, SEGMENT, checkpoints.map((c) => c.lngLat));
    expect(point, `no clickable point on ${SEGMENT}`).not.toBeNull();
    expect(point!.clearancePx).toBeGreaterThan(16);

    await s.page.mouse.click(point!.x, point!.y);
    const card = s.page.getByTestId('selection-card');
    await expect.poll(() => cardTitle(s.page), { timeout: 30_000 }).toBe(SEGMENT);
    // The API's order is the chain of command; the card must keep it.
    expect(segment.chiefs.map((c) => c.level)).toEqual(['province', 'prefecture', 'county', 'township', 'village']);
    const chiefs = card.getByTestId('segment-chiefs').locator('li');
    await expect.poll(() => chiefs.count()).toBe(5);
    expect(await chiefs.locator('.chief-level').allTextContents()).toEqual(segment.chiefs.map((c) => zhCN.chiefLevel[c.level]));
    expect(await chiefs.locator('.chief-name').allTextContents()).toEqual(segment.chiefs.map((c) => c.nameZh));
    expect(await chiefs.locator('.chief-phone').allTextContents()).toEqual(segment.chiefs.map((c) => c.phone));
    expect(await card.getByTestId('segment-checkpoint-counts').locator('b').allTextContents())
      .toEqual(['staffed', 'unstaffed', 'alert', 'closed'].map((k) => String(segment.checkpoints.byStatus[k as 'staffed'])));

    await expect.poll(() => query(s.page).get('sel'), { timeout: 10_000 }).toBe(`segment:${SEGMENT}`);
    await expect.poll(() => renderedValues(s.page, 'corridor-border-segments-selected', 'code'), { timeout: 30_000 }).toEqual([SEGMENT]);
    await saveScreenshot(s.page, 'wall-segment-card');
    expectClean(s);
  }, SLOW);

  it('flies to a segment found by its code and selects it', async () => {
    const s = await open();
    await openMap(s, `${origin}/`);
    const before = await mapView(s.page);
    const input = s.page.getByTestId('search-input');
    await input.fill(SEGMENT);
    await expect.poll(() => s.page.getByTestId('search-result-0').textContent({ timeout: 1_000 }).catch(() => null), { timeout: 30_000 }).toContain(SEGMENT);
    await input.press('Enter');

    await expect.poll(() => query(s.page).get('sel'), { timeout: 10_000 }).toBe(`segment:${SEGMENT}`);
    await expect.poll(() => cardTitle(s.page), { timeout: 30_000 }).toBe(SEGMENT);
    const [w, south, e, n] = segment.bbox;
    await expect.poll(async () => {
      const view = await mapView(s.page);
      const [x, y] = view.center;
      return !view.moving && x >= w! && x <= e! && y >= south! && y <= n!;
    }, { timeout: 60_000 }).toBe(true);
    const after = await mapSettled(s.page);
    expect(after.zoom).toBeGreaterThan(before.zoom + 5);
    expect(await renderedValues(s.page, 'corridor-border-segments-selected', 'code')).toEqual([SEGMENT]);
    await saveScreenshot(s.page, 'wall-search-flyto');
    expectClean(s);
  }, SLOW);

  it('recounts the KPIs for a status filter and then a prefecture, as /api/stats does for the view', async () => {
    const s = await open();
    await openMap(s, `${origin}/`);
    await kpisSettled(s.page);
    const view = await mapView(s.page);
    const all = await getJson<Stats>(origin, statsPath(view.bounds));
    await expect.poll(() => kpi(s.page, 'checkpoints'), { timeout: 30_000 }).toBe(all.checkpoints.total);

    await s.page.getByTestId('filter-status-alert').check();
    const alert = await getJson<Stats>(origin, statsPath(view.bounds, { status: 'alert' }));
    await expect.poll(() => kpi(s.page, 'checkpoints'), { timeout: 30_000 }).toBe(alert.checkpoints.total);
    expect(alert.checkpoints.total).toBeGreaterThan(0);
    expect(alert.checkpoints.total).toBeLessThan(all.checkpoints.total);
    expect(await kpi(s.page, 'alert')).toBe(alert.checkpoints.total);
    expect(await kpi(s.page, 'staffed')).toBe(0);
    await expect.poll(() => query(s.page).get('status'), { timeout: 10_000 }).toBe('alert');

    // The segment's prefecture: choosing it narrows the filter and flies there.
    const { areas } = await getJson<{ areas: AdminAreaNode[] }>(origin, '/api/admin-areas');
    const county = areas.find((a) => a.code === segment.county.code)!;
    const prefecture = areas.find((a) => a.code === county.parentCode)!;
    await s.page.getByTestId('filter-prefecture').selectOption(prefecture.code);
    const [w, south, e, n] = prefecture.bbox;
    await expect.poll(async () => {
      const v = await mapView(s.page);
      return !v.moving && v.center[0] >= w! && v.center[0] <= e! && v.center[1] >= south! && v.center[1] <= n!;
    }, { timeout: 60_000 }).toBe(true);
    const there = await mapSettled(s.page);
    const inPrefecture = await getJson<Stats>(origin, statsPath(there.bounds, { adminArea: prefecture.code, status: 'alert' }));
    await expect.poll(() => kpi(s.page, 'checkpoints'), { timeout: 30_000 }).toBe(inPrefecture.checkpoints.total);
    expect(inPrefecture.checkpoints.total).toBeLessThan(alert.checkpoints.total);
    await expect.poll(() => kpi(s.page, 'segments')).toBe(inPrefecture.segments.total);
    // The county select now lists the prefecture's counties.
    expect(await s.page.getByTestId('filter-county').locator('option').allTextContents()).toContain(county.nameZh);
    await expect.poll(() => query(s.page).get('area'), { timeout: 10_000 }).toBe(prefecture.code);
    await saveScreenshot(s.page, 'wall-filters');

    await s.page.getByTestId('filters-clear').click();
    const cleared = await getJson<Stats>(origin, statsPath(there.bounds));
    await expect.poll(() => kpi(s.page, 'checkpoints'), { timeout: 30_000 }).toBe(cleared.checkpoints.total);
    expectClean(s);
  }, SLOW);

  it('switches the interface, the document language and the map labels between 中文 and English', async () => {
    const s = await open();
    await openMap(s, `${origin}/`);
    const page = s.page;
    const strings = () => page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      layersButton: document.querySelector('[data-testid="toggle-layers-panel"]')?.textContent,
      layersTitle: document.querySelector('#layers-panel-title')?.textContent,
      placeholder: document.querySelector<HTMLInputElement>('[data-testid="search-input"]')?.placeholder,
      kpiLabel: document.querySelector('[data-testid="kpi-checkpoints"]')?.previousElementSibling?.textContent,
      badge: document.querySelector('[data-testid="demo-badge"]')?.textContent,
    }));
    const labelField = () => page.evaluate(() => JSON.stringify(window.__corridorMap!.getLayoutProperty('country-labels', 'text-field')));
    const expected = (t: typeof zhCN, lang: string) => ({
      lang, title: t.app.name, layersButton: `${t.panels.layers}L`, layersTitle: t.layers.title,
      placeholder: t.search.placeholder, kpiLabel: t.kpi.checkpoints, badge: t.app.demoBadge,
    });
    await expect.poll(strings, { timeout: 30_000 }).toEqual(expected(zhCN, 'zh-CN'));
    expect(await labelField()).toContain('nameZh');

    await page.getByTestId('lang-en').click();
    await expect.poll(strings, { timeout: 30_000 }).toEqual(expected(en, 'en'));
    expect(await page.getByTestId('lang-en').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(labelField, { timeout: 60_000 }).toBe(JSON.stringify(['get', 'name']));
    await mapSettled(page);
    await saveScreenshot(page, 'wall-english');

    await page.getByTestId('lang-zh-CN').click();
    await expect.poll(strings, { timeout: 30_000 }).toEqual(expected(zhCN, 'zh-CN'));
    await expect.poll(labelField, { timeout: 60_000 }).toContain('nameZh');
    expectClean(s);
  }, SLOW);

  it('shows the demo-data badge while the dataset is synthetic', async () => {
    const s = await open();
    await openMap(s, `${origin}/`);
    const health = await getJson<{ dataset: { synthetic: boolean } }>(origin, '/api/health');
    expect(health.dataset.synthetic).toBe(true);
    const badge = s.page.getByTestId('demo-badge');
    await badge.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await badge.textContent()).toBe(zhCN.app.demoBadge);
    const box = await badge.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(60); // in the top bar, not scrolled away
    expectClean(s);
  }, SLOW);
});
