import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { zhCN } from '../../client/src/i18n/zh-CN';
import type { CheckpointDetail, SegmentDetail } from '../../server/schemas/domain.schema';
import { HAS_CHROMIUM, launchBrowser, startBrowserApp, type BrowserApp } from '../helpers/browser';
import {
  cardTitle, centreOf, checkpointsIn, getJson, grow, openMap, openSession, projectOnPage, query, saveScreenshot, segmentPoint, signIn,
  TABLET, type Bbox, type Session,
} from './corridor-page';

// A leader's tablet at a briefing (1024×768, touch, no hover): drawers instead of side panels,
// 44 px touch targets, and everything the wall screen shows on hover reachable by a tap.

const SEGMENT = 'YN-CY-003';
const SLOW = 240_000;
const MIN_TARGET_PX = 44;

/**
 * The controls a finger can reach now (`checked`) and those smaller than a fingertip (`small`);
 * `map` marks MapLibre's own controls.
 */
const touchTargets = (page: Page) => page.evaluate((minPx) => {
  const small: Array<{ target: string; map: boolean }> = [];
  let checked = 0;
  for (const el of document.querySelectorAll<HTMLElement>('button, a[href], summary, select, input, [role="switch"], label.chip')) {
    if (!el.checkVisibility({ visibilityProperty: true })) continue;
    // A chip's checkbox is invisible over its label: the label is the target.
    if (el instanceof HTMLInputElement && el.type === 'checkbox' && el.closest('label.chip')) continue;
    checked += 1;
    const { width, height } = el.getBoundingClientRect();
    if (width >= minPx && height >= minPx) continue;
    const name = el.dataset.testid ?? el.getAttribute('aria-label') ?? el.textContent?.trim();
    small.push({ target: `${el.tagName.toLowerCase()} "${name}" ${width.toFixed(0)}×${height.toFixed(0)} px`, map: el.closest('.maplibregl-ctrl') !== null });
  }
  return { checked, small };
}, MIN_TARGET_PX);

describe.skipIf(!HAS_CHROMIUM)('the tablet in a browser', () => {
  let served: BrowserApp;
  let browser: Browser;
  let origin: string;
  let segment: SegmentDetail;
  let segmentView: string;
  const sessions: Session[] = [];
  const open = async () => {
    const session = await openSession(browser, origin, TABLET);
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
    const [lon, lat] = centreOf(segment.bbox as Bbox);
    segmentView = `${origin}/?c=${lon},${lat}&z=13`;
  });
  afterEach(async () => {
    for (const session of sessions.splice(0)) await session.context.close();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('starts with both drawers closed; each opens from its button, one at a time, and the scrim closes it', async () => {
    const s = await open();
    await openMap(s, `${origin}/`);
    const { page } = s;
    const layersButton = page.getByTestId('toggle-layers-panel');
    const filtersButton = page.getByTestId('toggle-filters-panel');
    expect(await page.getByTestId('layers-panel').count()).toBe(0);
    expect(await page.getByTestId('filters-panel').count()).toBe(0);
    expect(await layersButton.getAttribute('aria-expanded')).toBe('false');
    await saveScreenshot(page, 'tablet-start');

    await layersButton.tap();
    await page.getByTestId('layers-panel').waitFor({ state: 'visible' });
    expect(await layersButton.getAttribute('aria-expanded')).toBe('true');
    await saveScreenshot(page, 'tablet-layers-drawer');

    await filtersButton.tap();
    await page.getByTestId('filters-panel').waitFor({ state: 'visible' });
    await page.getByTestId('layers-panel').waitFor({ state: 'detached' });
    expect(await layersButton.getAttribute('aria-expanded')).toBe('false');
    expect(await filtersButton.getAttribute('aria-expanded')).toBe('true');
    await saveScreenshot(page, 'tablet-filters-drawer');

    // The drawer covers the left; the scrim is the rest of the map.
    const scrim = page.getByTestId('drawer-scrim');
    const box = (await scrim.boundingBox())!;
    await scrim.tap({ position: { x: box.width - 40, y: box.height / 2 } });
    await page.getByTestId('filters-panel').waitFor({ state: 'detached' });
    expect(await page.getByTestId('layers-panel').count()).toBe(0);
    expectClean(s);
  }, SLOW);

  it('makes every Corridor control at least 44 px, in the top bar, both drawers and the card', async () => {
    const s = await open();
    await openMap(s, `${segmentView}&sel=segment:${SEGMENT}`);
    const { page } = s;
    await page.getByTestId('segment-chiefs').waitFor({ state: 'visible', timeout: 30_000 });
    const found: string[] = [];
    const collect = async (state: string, atLeast: number) => {
      const { checked, small } = await touchTargets(page);
      expect(checked, `controls seen with the ${state} open`).toBeGreaterThanOrEqual(atLeast);
      for (const target of small) if (!target.map) found.push(`${state}: ${target.target}`);
    };
    await collect('card', 12); // top bar 5, card 7+
    await page.getByTestId('toggle-layers-panel').tap();
    await page.getByTestId('layers-panel').waitFor({ state: 'visible' });
    await collect('layers drawer', 19); // + close and 7 switches
    await page.getByTestId('toggle-filters-panel').tap();
    await page.getByTestId('filters-panel').waitFor({ state: 'visible' });
    await page.getByTestId('groups-row-' + segment.county.code).waitFor({ state: 'attached', timeout: 30_000 });
    await collect('filters drawer', 30); // + 3 selects, 13 chips, clear, area rows
    expect(found).toEqual([]);
    expectClean(s);
  }, SLOW);

  it('makes the map\'s own controls (the attribution toggle) at least 44 px too', async () => {
    const s = await open();
    await openMap(s, `${origin}/`);
    const { small } = await touchTargets(s.page);
    expect(small.filter((target) => target.map).map((target) => target.target)).toEqual([]);
    expectClean(s);
  }, SLOW);

  it('opens a segment\'s card with its five chiefs on a tap', async () => {
    const s = await open();
    await openMap(s, segmentView);
    const checkpoints = await checkpointsIn(origin, grow(segment.bbox as Bbox, 0.05));
    const point = await segmentPoint(s.page, SEGMENT, checkpoints.map((c) => c.lngLat));
    expect(point, `no tappable point on ${SEGMENT}`).not.toBeNull();
    expect(point!.clearancePx).toBeGreaterThan(16);

    await s.page.touchscreen.tap(point!.x, point!.y);
    const card = s.page.getByTestId('selection-card');
    await expect.poll(() => cardTitle(s.page), { timeout: 30_000 }).toBe(SEGMENT);
    await expect.poll(() => card.getByTestId('segment-chiefs').locator('.chief-name').allTextContents(), { timeout: 30_000 })
      .toEqual(segment.chiefs.map((c) => c.nameZh));
    await expect.poll(() => query(s.page).get('sel'), { timeout: 10_000 }).toBe(`segment:${SEGMENT}`);
    await saveScreenshot(s.page, 'tablet-segment-card');
    expectClean(s);
  }, SLOW);

  it('leaves no hover tooltip behind when a tap opens a card', async () => {
    const s = await open();
    await openMap(s, segmentView);
    const checkpoints = await checkpointsIn(origin, grow(segment.bbox as Bbox, 0.05));
    const point = await segmentPoint(s.page, SEGMENT, checkpoints.map((c) => c.lngLat));
    await s.page.touchscreen.tap(point!.x, point!.y);
    await expect.poll(() => s.page.getByTestId('segment-chiefs').locator('li').count(), { timeout: 30_000 }).toBe(5);
    // A tap on what has a card selects it and shows no tooltip (map-controller's click); but the
    // touch screen's compatibility mousemove may draw a hover tooltip that no pointer ever moves away from.
    const leftover = () => s.page.evaluate(() => {
      const tip = document.querySelector<HTMLElement>('[data-testid="hover-tooltip"]');
      if (!tip) return null;
      const r = tip.getBoundingClientRect();
      const card = document.querySelector('[data-testid="selection-card"]')!.getBoundingClientRect();
      const onCard = Math.min(r.right, card.right) > Math.max(r.left, card.left) && Math.min(r.bottom, card.bottom) > Math.max(r.top, card.top);
      return `hover tooltip "${tip.innerText.split('\n')[0]}" at x ${r.left.toFixed(0)}–${r.right.toFixed(0)}, y ${r.top.toFixed(0)}–${r.bottom.toFixed(0)}${onCard ? ', over the card' : ''}`;
    });
    await expect.poll(leftover, { timeout: 5_000 }).toBeNull();
    expectClean(s);
  }, SLOW);

  it('opens a checkpoint\'s card on a tap', async () => {
    const s = await open();
    await openMap(s, segmentView);
    const checkpoints = await checkpointsIn(origin, grow(segment.bbox as Bbox, 0.05));
    const points = await projectOnPage(s.page, checkpoints.map((c) => c.lngLat));
    // One drawn on the map with no other checkpoint within 24 px, so the tap can mean only it.
    const index = points.findIndex((p, i) => p.onMap && points.every((q, j) => j === i || Math.hypot(p.x - q.x, p.y - q.y) > 24));
    expect(index, 'no checkpoint stands alone in view').toBeGreaterThanOrEqual(0);
    const target = checkpoints[index]!;
    const detail = await getJson<CheckpointDetail>(origin, `/api/checkpoints/${target.code}`);

    await s.page.touchscreen.tap(points[index]!.x, points[index]!.y);
    const card = s.page.getByTestId('selection-card');
    await expect.poll(() => cardTitle(s.page), { timeout: 30_000 }).toBe(detail.nameZh);
    expect(await card.locator('.card-code').textContent()).toBe(detail.code);
    expect(await card.getByTestId('checkpoint-status').textContent()).toBe(zhCN.checkpointStatus[detail.status]);
    expect(await card.getByTestId('card-segment-link').locator('.link-main').textContent()).toBe(detail.segmentCode);
    await expect.poll(() => query(s.page).get('sel'), { timeout: 10_000 }).toBe(`checkpoint:${detail.code}`);
    await saveScreenshot(s.page, 'tablet-checkpoint-card');

    // From the checkpoint to its segment's card, by a tap again.
    await card.getByTestId('card-segment-link').tap();
    await expect.poll(() => cardTitle(s.page), { timeout: 30_000 }).toBe(detail.segmentCode);
    expectClean(s);
  }, SLOW);
});
