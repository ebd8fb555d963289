import { describe, expect, it } from 'vitest';
import type { SessionInfo, SessionUser } from '../api/auth-types';
import { can, createSessionSlice, INITIAL_SESSION, screenOf, type SessionSlice, type SessionState } from './session-slice';

const user = (role: SessionUser['role'], areas: string[] = []): SessionUser => ({ id: 7, name: `test-${role}`, role, areas });
const ready = (change: Partial<SessionState>): SessionState => ({ ...INITIAL_SESSION, phase: 'ready', ...change });

/** The slice on its own, with a `set` like zustand's. */
function slice() {
  let state = {} as SessionSlice;
  state = createSessionSlice((update) => {
    state = { ...state, ...update(state) };
  });
  return { get: () => state };
}

describe('screenOf', () => {
  it('waits for the session check, then shows the login screen to nobody in particular', () => {
    expect(screenOf(INITIAL_SESSION)).toBe('checking');
    expect(screenOf({ ...INITIAL_SESSION, phase: 'failed' })).toBe('failed');
    expect(screenOf(ready({}))).toBe('login');
  });

  it('shows the map to a signed-in user, and to anyone when reading is public unless they asked to sign in', () => {
    expect(screenOf(ready({ user: user('viewer') }))).toBe('map');
    expect(screenOf(ready({ publicRead: true }))).toBe('map');
    expect(screenOf(ready({ publicRead: true, loginReason: 'requested' }))).toBe('login');
  });
});

describe('the session slice', () => {
  const info: SessionInfo = { user: null, csrfToken: null, publicRead: false, demo: true };

  it('signs in and out, keeping the last name for the next sign-in', () => {
    const s = slice();
    s.get().sessionLoaded(info);
    s.get().signedIn(user('planner'), 'csrf-1');
    expect(s.get().session).toMatchObject({ user: { role: 'planner' }, csrfToken: 'csrf-1', loginReason: null });
    s.get().signedOut('expired');
    expect(s.get().session).toMatchObject({ user: null, csrfToken: null, loginReason: 'expired', lastUserName: 'test-planner', demo: true });
    // What the server says next keeps the name for the form.
    s.get().sessionLoaded(info);
    expect(s.get().session.lastUserName).toBe('test-planner');
  });

  it('keeps the first reason when several requests see the session end', () => {
    const s = slice();
    s.get().signedIn(user('viewer'), 'csrf-1');
    s.get().signedOut('signed-out');
    s.get().signedOut('expired');
    expect(s.get().session.loginReason).toBe('signed-out');
  });
});

describe('can', () => {
  it('lets anyone who sees the map view it', () => {
    expect(can(ready({}), 'view-map')).toBe(false);
    expect(can(ready({ publicRead: true }), 'view-map')).toBe(true);
    expect(can(ready({ user: user('viewer') }), 'view-map')).toBe(true);
  });

  it('ranks the roles: viewer < planner < admin', () => {
    const by = (role: SessionUser['role']) => ready({ user: user(role) });
    expect([can(by('viewer'), 'edit-zones'), can(by('planner'), 'edit-zones'), can(by('admin'), 'edit-zones')]).toEqual([false, true, true]);
    expect([can(by('planner'), 'manage-users'), can(by('admin'), 'manage-users')]).toEqual([false, true]);
    expect(can(ready({ publicRead: true }), 'edit-zones')).toBe(false);
  });

  it('holds a planner to their areas when the object\'s areas are given', () => {
    const limited = ready({ user: user('planner', ['5328']) });
    expect(can(limited, 'edit-zones', ['5328', '532822'])).toBe(true);
    expect(can(limited, 'edit-zones', ['5308', '530828'])).toBe(false);
    expect(can(ready({ user: user('planner') }), 'edit-zones', ['5308'])).toBe(true);
  });
});
