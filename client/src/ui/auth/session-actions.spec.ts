import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, type SessionUser } from '../../api/api-client';
import { INITIAL_SESSION, screenOf } from '../../state/session-slice';
import { useStore } from '../../state/store';
import { checkSession, connectHttpToSession, loadSession, signIn, signOut } from './session-actions';

const VIEWER: SessionUser = { id: 3, name: 'test-viewer', role: 'viewer', areas: [] };
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

interface Asked { method: string; path: string; csrf: string | null }

/** A fake server: `routes` answers by "METHOD /path"; every request is recorded. */
function serve(routes: Record<string, () => Response>) {
  const asked: Asked[] = [];
  vi.stubGlobal('fetch', vi.fn(async (path: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const headers = (init.headers ?? {}) as Record<string, string>;
    asked.push({ method, path, csrf: headers['X-CSRF-Token'] ?? null });
    const route = routes[`${method} ${path.split('?')[0]}`];
    return route ? route() : json(404, { message: 'not found' });
  }));
  return asked;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  useStore.setState({ session: INITIAL_SESSION, center: [100, 22], zoom: 9 });
  connectHttpToSession();
});
afterEach(() => vi.unstubAllGlobals());

describe('boot', () => {
  it('shows the login screen when nobody is signed in and reading is not public', async () => {
    serve({ 'GET /api/auth/session': () => json(200, { user: null, csrfToken: null, publicRead: false, demo: true }) });
    await loadSession();
    expect(screenOf(useStore.getState().session)).toBe('login');
    expect(useStore.getState().session.demo).toBe(true);
  });

  it('says so when the server does not answer', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await loadSession();
    expect(screenOf(useStore.getState().session)).toBe('failed');
  });
});

describe('signing in and out', () => {
  it('signs in, then signs out with the CSRF token and shows the login screen', async () => {
    const asked = serve({
      'POST /api/auth/login': () => json(200, { user: VIEWER, csrfToken: 'csrf-1' }),
      'POST /api/auth/logout': () => new Response(null, { status: 204 }),
      'GET /api/auth/session': () => json(200, { user: null, csrfToken: null, publicRead: false, demo: false }),
    });
    useStore.getState().sessionLoaded({ user: null, csrfToken: null, publicRead: false, demo: false });
    await signIn({ name: 'test-viewer', password: 'pw' });
    expect(screenOf(useStore.getState().session)).toBe('map');
    expect(useStore.getState().session.user).toEqual(VIEWER);

    await signOut();
    await settle();
    expect(asked.find((a) => a.path === '/api/auth/logout')).toEqual({ method: 'POST', path: '/api/auth/logout', csrf: 'csrf-1' });
    expect(screenOf(useStore.getState().session)).toBe('login');
    expect(useStore.getState().session.loginReason).toBe('signed-out');
  });

  it('throws a refused sign-in to the form and stays on the login screen', async () => {
    serve({ 'POST /api/auth/login': () => json(401, { message: 'wrong name or password' }) });
    useStore.getState().sessionLoaded({ user: null, csrfToken: null, publicRead: false, demo: false });
    await expect(signIn({ name: 'test-viewer', password: 'nope' })).rejects.toMatchObject({ status: 401 });
    expect(useStore.getState().session.loginReason).toBeNull();
    expect(screenOf(useStore.getState().session)).toBe('login');
  });

  it('retries a write once with the current CSRF token when the page held an old one', async () => {
    let logins = 0;
    const asked = serve({
      'POST /api/auth/login': () => (++logins === 1
        ? json(403, { message: 'X-CSRF-Token: missing or wrong for this session' })
        : json(200, { user: VIEWER, csrfToken: 'csrf-2' })),
      'GET /api/auth/session': () => json(200, { user: VIEWER, csrfToken: 'csrf-live', publicRead: false, demo: false }),
    });
    useStore.getState().sessionLoaded({ user: null, csrfToken: null, publicRead: false, demo: false });
    await signIn({ name: 'test-viewer', password: 'pw' });
    expect(asked.filter((a) => a.path === '/api/auth/login').map((a) => a.csrf)).toEqual([null, 'csrf-live']);
    expect(useStore.getState().session.csrfToken).toBe('csrf-2');
  });
});

describe('a session that ends in use', () => {
  it('returns to the login screen on any 401, keeping the view and the user\'s name', async () => {
    serve({
      'GET /api/stats': () => json(401, { message: 'Sign in first' }),
      'GET /api/auth/session': () => json(200, { user: null, csrfToken: null, publicRead: false, demo: false }),
    });
    useStore.getState().signedIn(VIEWER, 'csrf-1');
    await expect(api.stats({})).rejects.toMatchObject({ status: 401 });
    await settle();
    const s = useStore.getState();
    expect(screenOf(s.session)).toBe('login');
    expect(s.session).toMatchObject({ loginReason: 'expired', lastUserName: 'test-viewer', csrfToken: null });
    expect([s.center, s.zoom]).toEqual([[100, 22], 9]);
  });

  it('is noticed when the screen comes back and /api/auth/me says 401', async () => {
    serve({
      'GET /api/auth/me': () => json(401, { message: 'Sign in first' }),
      'GET /api/auth/session': () => json(200, { user: null, csrfToken: null, publicRead: false, demo: false }),
    });
    useStore.getState().signedIn(VIEWER, 'csrf-1');
    await checkSession();
    expect(useStore.getState().session.loginReason).toBe('expired');
  });
});
