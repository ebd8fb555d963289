import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { appendAudit } from '../auth/audit-repository';
import { LoginLimiter } from '../auth/login-limiter';
import { verifyPassword } from '../auth/secrets';
import { createSession, findUserByName, revokeSession, toAuthUser } from '../auth/users-repository';
import { SESSION_COOKIE } from '../plugins/auth.plugin';
import { LoginRouteSchema, LogoutRouteSchema, MeRouteSchema, SessionRouteSchema } from '../schemas/auth.schema';
import { badRequest, sendError } from '../lib/http-errors';

// Verifying against this when the name is unknown takes as long as a real check: the answer's
// timing does not tell which names exist.
const DECOY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$FtT4+pzyGy/uOY9S9z9itA$yO/8L5zeJX1bEFkUILxVHkLS5Ag6tQ4OHdnp+YIclT4';

const cookieOptions = (request: FastifyRequest, maxAgeSeconds: number) => ({
  path: '/', httpOnly: true, sameSite: 'strict' as const, secure: request.protocol === 'https', maxAge: maxAgeSeconds,
});

export async function authRoutes(app: FastifyInstance) {
  const limiter = new LoginLimiter();
  const hasDemoUsers = async () =>
    ((await app.db.query<{ n: number }>('select count(*)::int as n from users where demo and not disabled'))[0]?.n ?? 0) > 0;

  app.get('/api/auth/session', { schema: SessionRouteSchema, config: { access: 'public' } }, async (request) => ({
    user: request.user ?? null,
    csrfToken: request.csrfToken ?? null,
    publicRead: app.auth.publicRead,
    demo: await hasDemoUsers(),
  }));

  app.post<{ Body: { name: string; password: string } }>('/api/auth/login', { schema: LoginRouteSchema, config: { access: 'public' } },
    async (request, reply: FastifyReply) => {
      const { name, password } = request.body;
      const wait = limiter.retryAfterSeconds(name, request.ip);
      if (wait > 0) {
        return sendError(reply.header('Retry-After', String(wait)), 429, `name: too many failed sign-ins; try again in ${wait} s`);
      }
      const user = await findUserByName(app.db, name);
      const ok = await verifyPassword(user?.passwordHash ?? DECOY_HASH, password);
      if (!user || !ok || user.disabled) {
        limiter.fail(name, request.ip);
        return sendError(reply, 401, 'name or password: not recognised (or the account is disabled)');
      }
      limiter.succeed(name);
      const { token, csrfToken } = await app.db.transaction(async (tx) => {
        const session = await createSession(tx, user.id, app.auth.sessionHours);
        await appendAudit(tx, { user: toAuthUser(user), address: request.ip }, { action: 'login', objectType: 'session', objectId: user.id });
        return session;
      });
      reply.setCookie(SESSION_COOKIE, token, cookieOptions(request, app.auth.sessionHours * 3600));
      return { user: toAuthUser(user), csrfToken };
    });

  app.post('/api/auth/logout', { schema: LogoutRouteSchema, config: { access: 'signed-in' } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (request.authVia !== 'cookie' || !token) return badRequest(reply, 'cookie', 'signing out ends a cookie session; this request has none');
    await app.db.transaction(async (tx) => {
      await revokeSession(tx, token);
      await appendAudit(tx, { user: request.user, address: request.ip }, { action: 'logout', objectType: 'session', objectId: request.user!.id });
    });
    app.auth.forget();
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send();
  });

  app.get('/api/auth/me', { schema: MeRouteSchema, config: { access: 'signed-in' } }, async (request) => ({
    user: request.user!, csrfToken: request.csrfToken ?? null,
  }));
}
