// Roles, and who may call a route. Every route declares an `access` (config.access); the app
// refuses to start with a route that has none (see auth.plugin.ts).

export const ROLES = ['viewer', 'planner', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * public: anyone (health, the page, sign-in).
 * read: any signed-in user; anyone when PUBLIC_READ=true (tiles, OGC, style, domain reads).
 * signed-in: any signed-in user, whatever PUBLIC_READ says (their own session).
 * planner / admin: that role or above.
 */
export type Access = 'public' | 'read' | 'signed-in' | 'planner' | 'admin';
export const ACCESS_LEVELS: readonly Access[] = ['public', 'read', 'signed-in', 'planner', 'admin'];

export interface AuthUser {
  id: number;
  name: string;
  role: Role;
  /** Admin-area codes a planner is limited to; empty means everywhere. */
  areas: string[];
}

const RANK: Record<Role, number> = { viewer: 0, planner: 1, admin: 2 };

/** 'ok', or why not: 401 (sign in first) or 403 (signed in, not allowed). */
export function decide(access: Access, user: AuthUser | undefined, publicRead: boolean): 'ok' | 401 | 403 {
  if (access === 'public') return 'ok';
  if (access === 'read' && publicRead) return 'ok';
  if (!user) return 401;
  if (access === 'read' || access === 'signed-in') return 'ok';
  return RANK[user.role] >= RANK[access] ? 'ok' : 403;
}

/** Who may see chiefs' names and phones (PERSONAL_DATA_ROLES); everyone else gets them masked. */
export const maySeePersonalData = (user: AuthUser | undefined, roles: readonly Role[]): boolean =>
  !!user && roles.includes(user.role);

/** The route config of a read: signed in, or anyone under PUBLIC_READ. */
export const READ: { access: Access } = { access: 'read' };
