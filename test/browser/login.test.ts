import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { zhCN } from '../../client/src/i18n/zh-CN';
import { insertUser } from '../../server/auth/users-repository';
import type { SegmentDetail } from '../../server/schemas/domain.schema';
import { HAS_CHROMIUM, launchBrowser, startBrowserApp, waitForMap, type BrowserApp } from '../helpers/browser';
import { TEST_USERS } from '../helpers/test-users';
import {
  cardTitle, centreOf, getJson, mapSettled, mapView, openMap, openSession, query, saveScreenshot, signIn, WALL, type Bbox, type Session,
} from './corridor-page';

// Signing in and out as a person does it, by keyboard, on the login screen Corridor shows instead
// of the map on a server where reading is not public. Before sign-in the page fetches no data.

const SEGMENT = 'YN-CY-003';
const SLOW = 240_000;
const DEMO_USERS = [['demo-admin', 'admin'], ['demo-planner', 'planner'], ['demo-viewer', 'viewer']] as const;
/** Everything that answers only a signed-in user here: tiles, basemap, OGC and the API but sign-in and health. */
const DATA_PATH = /^\/(?:api\/(?!auth\/|health$)|tiles\b|basemap\b|ogc\b)/;

/** Each data request the page makes, as "status path". */
function dataAnswers(page: Page, origin: string): string[] {
  const seen: string[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === origin && DATA_PATH.test(url.pathname)) seen.push(`${response.status()} ${url.pathname}`);
  });
  return seen;
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? null);
const loginForm = (page: Page) => page.getByTestId('login-form').waitFor({ timeout: 30_000 });
const cookieHeader = async (session: Session, origin: string) =>
  (await session.context.cookies(origin)).map((c) => `${c.name}=${c.value}`).join('; ');

describe.skipIf(!HAS_CHROMIUM)('signing in and out in a browser', () => {
  let served: BrowserApp;
  let browser: Browser;
  let origin: string;
  let segment: SegmentDetail;
  const sessions: Session[] = [];
  const open = async () => {
    const session = await openSession(browser, origin, WALL);
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
    // The embedded demo's accounts, in this file's own copy of the database: the login screen offers them.
    for (const [name, role] of DEMO_USERS) await insertUser(served.t.db, { name, password: name, role, demo: true });
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

  it('shows a signed-out visitor the login screen, focused on the name, and fetches no map data', async () => {
    const s = await open();
    const answers = dataAnswers(s.page, origin);
    await s.page.goto(`${origin}/`);
    await loginForm(s.page);
    expect(await focusedId(s.page)).toBe('login-name');
    expect(await s.page.locator('#login-title').textContent()).toBe(zhCN.auth.title);
    expect(await s.page.getByLabel(zhCN.auth.name, { exact: true }).getAttribute('autocomplete')).toBe('username');
    expect(await s.page.getByLabel(zhCN.auth.password, { exact: true }).getAttribute('type')).toBe('password');
    expect(await s.page.getByTestId('map').count()).toBe(0);

    // Touch targets: every control of the form is a fingertip high.
    const heights = await s.page.locator('.login-screen').locator('button, input').evaluateAll(
      (els) => els.filter((el) => el.checkVisibility()).map((el) => el.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThanOrEqual(6);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);

    // The demo accounts are marked demo-only; choosing one fills the form, ready for Enter.
    const demo = s.page.getByTestId('demo-accounts');
    expect(await demo.locator('h3').textContent()).toBe(zhCN.auth.demo.title);
    expect(await demo.locator('code').allTextContents()).toEqual(DEMO_USERS.map(([name]) => name));
    await demo.getByRole('button', { name: zhCN.auth.demo.use.replace('{{name}}', 'demo-viewer') }).click();
    expect(await s.page.getByTestId('login-name').inputValue()).toBe('demo-viewer');
    expect(await s.page.getByTestId('login-password').inputValue()).toBe('demo-viewer');
    expect(await s.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('login-submit');
    await saveScreenshot(s.page, 'login-screen');

    await s.page.waitForLoadState('networkidle');
    expect(answers).toEqual([]);
    // Nor would the server have answered them.
    expect((await s.context.request.get(`${origin}/tiles/border-segments.json`)).status()).toBe(401);
    expect((await s.context.request.get(`${origin}/basemap/style.json`)).status()).toBe(401);
    expectClean(s);
  }, SLOW);

  it('refuses a wrong password with a message, then signs a viewer in by keyboard to the link\'s view', async () => {
    const s = await open();
    const [lon, lat] = centreOf(segment.bbox as Bbox).map((v) => Number(v.toFixed(4)));
    await s.page.goto(`${origin}/?c=${lon},${lat}&z=12&sel=segment:${SEGMENT}`);
    await loginForm(s.page);
    const viewer = TEST_USERS.viewer;
    await s.page.keyboard.type(viewer.name);
    await s.page.keyboard.press('Tab');
    await s.page.keyboard.type('not-the-password');
    await s.page.keyboard.press('Enter');

    const error = s.page.getByTestId('login-error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.textContent()).toBe(zhCN.auth.error.wrongCredentials);
    expect(await s.page.getByTestId('login-password').getAttribute('aria-invalid')).toBe('true');
    // The name stays; the password is cleared and focused for the next try.
    expect(await s.page.getByTestId('login-name').inputValue()).toBe(viewer.name);
    expect(await s.page.getByTestId('login-password').inputValue()).toBe('');
    expect(await focusedId(s.page)).toBe('login-password');
    await saveScreenshot(s.page, 'login-wrong-password');

    await s.page.keyboard.type(viewer.password);
    await s.page.keyboard.press('Enter');
    await waitForMap(s.page);
    expect(await s.page.getByTestId('user-name').textContent()).toBe(viewer.name);
    expect(await s.page.getByTestId('user-role').textContent()).toBe(zhCN.auth.role.viewer);
    await expect.poll(() => cardTitle(s.page), { timeout: 30_000 }).toBe(SEGMENT);
    const view = await mapSettled(s.page);
    expect(view.center[0]).toBeCloseTo(lon!, 6);
    expect(view.center[1]).toBeCloseTo(lat!, 6);
    expect(view.zoom).toBeCloseTo(12, 6);
    await saveScreenshot(s.page, 'login-signed-in');
    expectClean(s);
  }, SLOW);

  it('signs out to the login screen, after which the session cookie is refused', async () => {
    const s = await open();
    await signIn(s, origin, 'viewer');
    await openMap(s, `${origin}/`);
    const cookie = await cookieHeader(s, origin);
    expect((await fetch(`${origin}/api/stats`, { headers: { cookie } })).status).toBe(200);

    await s.page.getByTestId('sign-out').click();
    await loginForm(s.page);
    expect(await s.page.getByTestId('login-notice').textContent()).toBe(zhCN.auth.signedOut);
    expect(await s.page.getByTestId('map').count()).toBe(0);
    expect(await focusedId(s.page)).toBe('login-name');
    expect((await fetch(`${origin}/api/stats`, { headers: { cookie } })).status).toBe(401);
    expect(await cookieHeader(s, origin)).toBe('');
    expectClean(s);
  }, SLOW);

  it('returns to the login screen when the session ends in use, and to the same view after signing in again', async () => {
    const s = await open();
    const planner = TEST_USERS.planner;
    await signIn(s, origin, 'planner');
    const [lon, lat] = centreOf(segment.bbox as Bbox);
    await openMap(s, `${origin}/?c=${lon},${lat}&z=11`);
    const before = await mapSettled(s.page);
    expect(await s.page.getByTestId('user-role').textContent()).toBe(zhCN.auth.role.planner);

    // An administrator ends the planner's sessions (as disabling a user does); the page finds out on its next request.
    await served.t.db.query('update sessions set revoked_at = now() where user_id = (select id from users where name = $1)', [planner.name]);
    served.app.auth.forget();
    await s.page.getByTestId('filter-status-alert').check();
    await loginForm(s.page);
    expect(await s.page.getByTestId('login-notice').textContent()).toBe(zhCN.auth.expired);
    expect(await s.page.getByTestId('login-name').inputValue()).toBe(planner.name);
    expect(await focusedId(s.page)).toBe('login-password');
    await expect.poll(() => query(s.page).get('status'), { timeout: 10_000 }).toBe('alert');
    await saveScreenshot(s.page, 'login-expired');

    await s.page.keyboard.type(planner.password);
    await s.page.keyboard.press('Enter');
    await waitForMap(s.page);
    const after = await mapView(s.page);
    expect(after.center[0]).toBeCloseTo(before.center[0], 6);
    expect(after.center[1]).toBeCloseTo(before.center[1], 6);
    expect(after.zoom).toBeCloseTo(before.zoom, 6);
    expect(await s.page.getByTestId('filter-status-alert').isChecked()).toBe(true);
    expectClean(s);
  }, SLOW);
});
