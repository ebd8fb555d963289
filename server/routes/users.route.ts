import type { FastifyInstance } from 'fastify';
import { appendAudit, listAudit, type AuditFilter } from '../auth/audit-repository';
import type { Role } from '../auth/roles';
import { findUserById, findUserByName, insertUser, listUsers, updateUser, type UserChange } from '../auth/users-repository';
import { notFound, sendError } from '../lib/http-errors';
import { AuditRouteSchema, CreateUserRouteSchema, ListUsersRouteSchema, UpdateUserRouteSchema } from '../schemas/auth.schema';

// Users and the audit trail, for admins. Every write is audited in its own transaction.
export async function usersRoutes(app: FastifyInstance) {
  const admin = { access: 'admin' as const };

  app.get('/api/users', { schema: ListUsersRouteSchema, config: admin }, async () => listUsers(app.db));

  app.post<{ Body: { name: string; role: Role; areas?: string[]; password: string } }>(
    '/api/users', { schema: CreateUserRouteSchema, config: admin }, async (request, reply) => {
      if (await findUserByName(app.db, request.body.name)) {
        return sendError(reply, 409, `name: a user "${request.body.name}" exists`);
      }
      const created = await app.db.transaction(async (tx) => {
        const user = await insertUser(tx, request.body);
        await appendAudit(tx, { user: request.user, address: request.ip }, { action: 'create', objectType: 'user', objectId: user.id, after: user });
        return user;
      });
      return reply.code(201).send(created);
    });

  app.patch<{ Params: { id: number }; Body: UserChange }>(
    '/api/users/:id', { schema: UpdateUserRouteSchema, config: admin }, async (request, reply) => {
      const changed = await app.db.transaction(async (tx) => {
        const before = await findUserById(tx, request.params.id);
        if (!before) return undefined;
        const after = await updateUser(tx, request.params.id, request.body);
        const { password, ...rest } = request.body;
        await appendAudit(tx, { user: request.user, address: request.ip }, {
          action: 'update', objectType: 'user', objectId: before.id, before, after: { ...after, ...(password ? { passwordChanged: true } : {}), change: rest },
        });
        return after;
      });
      if (!changed) return notFound(reply, 'id', `no user ${request.params.id}`);
      app.auth.forget();
      return changed;
    });

  app.get<{ Querystring: AuditFilter }>('/api/audit', { schema: AuditRouteSchema, config: admin }, async (request) => listAudit(app.db, request.query));
}
