import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { ACCESS_LEVELS, decide, type Access, type AuthUser, type Role } from '../auth/roles';
import { findApiToken, findSession } from '../auth/users-repository';
import { sendError } from '../lib/http-errors';

declare module 'fastify' {
  interface FastifyContextConfig { access?: Access }
  interface FastifyRequest {
    user: AuthUser | undefined;
    /** How the user was recognised: a session cookie (CSRF applies) or a bearer token (it does not). */
    authVia: 'cookie' | 'token' | undefined;
    csrfToken: string | undefined;
  }
  interface FastifyInstance {
    auth: AuthSettings & {
      forget: () => void;
      /** Every registered route with its declared access (the access matrix and the hostile-input suite walk these). */
      routes: () => Array<{ method: string; url: string; access: Access }>;
    };
  }
}

export interface AuthSettings {
  publicRead: boolean;
  sessionHours: number;
  personalDataRoles: readonly Role[];
}

export const SESSION_COOKIE = 'corridor_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Sessions and tokens are looked up at most once a second per instance: a map loads hundreds of
// tiles. Sign-out and user changes clear this instance's memory at once; other instances within 1 s.
const REMEMBER_MS = 1000;

const deny = (reply: FastifyReply, status: 401 | 403, message: string) => sendError(reply, status, message);

export const authPlugin = fp(async (app: FastifyInstance, settings: AuthSettings) => {
  await app.register(cookie);
  const remembered = new Map<string, { at: number; user?: AuthUser; csrfToken?: string }>();
  const recall = async (key: string, load: () => Promise<{ user: AuthUser; csrfToken?: string } | undefined>) => {
    const hit = remembered.get(key);
    if (hit && performance.now() - hit.at < REMEMBER_MS) return hit;
    if (remembered.size > 10_000) remembered.clear();
    const found = { at: performance.now(), ...(await load()) };
    remembered.set(key, found);
    return found;
  };
  const routes: RouteOptions[] = [];
  app.decorate('auth', {
    ...settings,
    forget: () => remembered.clear(),
    routes: () => routes.flatMap((r) => [r.method].flat().map((method) => ({ method, url: r.url, access: r.config?.access as Access }))),
  });
  app.decorateRequest('user', undefined);
  app.decorateRequest('authVia', undefined);
  app.decorateRequest('csrfToken', undefined);

  // Every route says who may call it, or the app does not start.
  app.addHook('onRoute', (route) => void routes.push(route));
  app.addHook('onReady', async () => {
    const missing = routes.filter((r) => !ACCESS_LEVELS.includes(r.config?.access as Access));
    if (missing.length > 0) {
      throw new Error(`routes without an access policy: ${missing.map((r) => `${String(r.method)} ${r.url}`).join(', ')}`);
    }
  });

  app.addHook('onRequest', async (request: FastifyRequest, reply) => {
    const access = request.routeOptions.config?.access;
    if (!access) return; // no route matched: the 404 handler answers
    const header = request.headers.authorization;
    if (header !== undefined) {
      const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
      const found = token ? await recall(`t:${token}`, async () => {
        const user = await findApiToken(app.db, token);
        return user && { user };
      }) : undefined;
      if (!found?.user) return access === 'public' ? undefined : deny(reply, 401, 'Authorization: the token is malformed, unknown or revoked');
      request.user = found.user;
      request.authVia = 'token';
    } else {
      const token = request.cookies[SESSION_COOKIE];
      if (token) {
        const found = await recall(`s:${token}`, () => findSession(app.db, token));
        if (found.user) {
          request.user = found.user;
          request.authVia = 'cookie';
          request.csrfToken = found.csrfToken;
        }
      }
    }
    const verdict = decide(access, request.user, settings.publicRead);
    if (verdict === 401) return deny(reply, 401, 'Sign in first (POST /api/auth/login), or send Authorization: Bearer <token>');
    if (verdict === 403) return deny(reply, 403, `This needs the ${access} role; you are signed in as ${request.user!.role}`);
    // A write made with the session cookie must prove it comes from the page: the CSRF token.
    // (Signing in is public and needs none: SameSite=Strict keeps other sites' forms out.)
    if (access !== 'public' && request.authVia === 'cookie' && !SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== request.csrfToken) {
      return deny(reply, 403, 'X-CSRF-Token: missing or wrong for this session (it comes with GET /api/auth/session)');
    }
    return undefined;
  });
});
