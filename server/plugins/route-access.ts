import type { FastifyInstance, FastifyPluginAsync, FastifyPluginCallback } from 'fastify';
import type { Access } from '../auth/roles';

/**
 * Registers a third-party plugin (static files, the API docs) whose routes cannot declare an
 * access themselves: each of them gets `access` unless it declared one.
 */
export async function registerWithAccess<O extends object>(app: FastifyInstance, access: Access, plugin: FastifyPluginAsync<O> | FastifyPluginCallback<O>, options: O) {
  await app.register(async (scope) => {
    scope.addHook('onRoute', (route) => {
      route.config = { ...route.config, access: route.config?.access ?? access };
    });
    await scope.register(plugin as FastifyPluginAsync<O>, options);
  });
}
