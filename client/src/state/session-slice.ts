import type { Role, SessionInfo, SessionUser } from '../api/auth-types';

// Who is using the page, and what they may do. The role lives here so that every control can ask
// `can(state, action)` and hide itself; the server decides again on every request.

/** Why the login screen shows although the page could show the map (public read) or just did. */
export type LoginReason = 'requested' | 'expired' | 'signed-out';

export interface SessionState {
  /** `checking` until GET /api/auth/session answers; `failed` if it did not. */
  phase: 'checking' | 'failed' | 'ready';
  user: SessionUser | null;
  csrfToken: string | null;
  publicRead: boolean;
  demo: boolean;
  loginReason: LoginReason | null;
  /** The last signed-in user's name, offered again when the session ends under them. */
  lastUserName: string | null;
}

export interface SessionSlice {
  session: SessionState;
  sessionLoaded(info: SessionInfo): void;
  sessionFailed(): void;
  signedIn(user: SessionUser, csrfToken: string | null): void;
  /** The user signed out, or the server ended the session (401). The view stays as it was. */
  signedOut(reason: 'expired' | 'signed-out'): void;
  /** A public reader asks for the login screen, or leaves it. */
  setLoginRequested(open: boolean): void;
}

export const INITIAL_SESSION: SessionState = {
  phase: 'checking', user: null, csrfToken: null, publicRead: false, demo: false, loginReason: null, lastUserName: null,
};

type SetSession = (update: (state: SessionSlice) => Partial<SessionSlice>) => void;

export const createSessionSlice = (set: SetSession): SessionSlice => {
  const patch = (change: Partial<SessionState>) => set((s) => ({ session: { ...s.session, ...change } }));
  return {
    session: INITIAL_SESSION,
    sessionLoaded: ({ user, csrfToken, publicRead, demo }) => set((s) => ({
      session: {
        ...s.session, phase: 'ready', user, csrfToken, publicRead, demo,
        // Signed in meanwhile (another tab): no reason left to show the login screen.
        loginReason: user ? null : s.session.loginReason,
        lastUserName: user?.name ?? s.session.lastUserName,
      },
    })),
    sessionFailed: () => patch({ phase: 'failed' }),
    signedIn: (user, csrfToken) => patch({ phase: 'ready', user, csrfToken, loginReason: null, lastUserName: user.name }),
    // Several requests may see the same 401: only the first one changes anything.
    signedOut: (reason) => set((s) => (s.session.user === null && s.session.loginReason !== null
      ? {}
      : { session: { ...s.session, user: null, csrfToken: null, loginReason: reason } })),
    setLoginRequested: (open) => patch({ loginReason: open ? 'requested' : null }),
  };
};

/** What the page shows: the map only to a signed-in user, or to anyone when reading is public. */
export function screenOf(session: SessionState): 'checking' | 'failed' | 'login' | 'map' {
  if (session.phase !== 'ready') return session.phase;
  if (session.user) return 'map';
  return session.publicRead && session.loginReason === null ? 'map' : 'login';
}

export const ROLES = ['viewer', 'planner', 'admin'] as const satisfies readonly Role[];
const RANK: Record<Role, number> = { viewer: 0, planner: 1, admin: 2 };

/** What a control may let the user do, and the least role it takes (`null`: anyone who sees the map). */
export const ACTIONS = {
  'view-map': null,
  'edit-zones': 'planner',
  'manage-users': 'admin',
} as const satisfies Record<string, Role | null>;

export type Action = keyof typeof ACTIONS;

/**
 * Whether the user may do `action`; with `areaPath` (the object's admin-area codes, prefecture to
 * township), also whether the object lies in one of the areas a planner is limited to.
 */
export function can(session: SessionState, action: Action, areaPath?: readonly string[]): boolean {
  const least: Role | null = ACTIONS[action];
  const { user } = session;
  if (least === null) return user !== null || session.publicRead;
  if (!user || RANK[user.role] < RANK[least]) return false;
  if (!areaPath || user.areas.length === 0) return true;
  return areaPath.some((code) => user.areas.includes(code));
}
