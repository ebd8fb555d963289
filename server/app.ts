import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { TileEngine, type EncoderChoice } from '../tiles/tile-engine';
import type { Database } from './db/database';
import type { Role } from './auth/roles';
import { authPlugin } from './plugins/auth.plugin';
import { errorHandlerPlugin } from './plugins/error-handler.plugin';
import { hardeningPlugin } from './plugins/hardening.plugin';
import { registerWithAccess } from './plugins/route-access';
import { enforceRouteContracts } from './plugins/route-contract.plugin';
import { staticClientPlugin } from './plugins/static-client.plugin';
import { basemapRoutes } from './routes/basemap.route';
import { domainRoutes } from './routes/domain.route';
import { healthRoutes } from './routes/health.route';
import { ogcRoutes } from './routes/ogc.route';
import { tilesRoutes } from './routes/tiles.route';
import { authRoutes } from './routes/auth.route';
import { usersRoutes } from './routes/users.route';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    postgisVersion: string;
    tiles: TileEngine;
  }
}

export interface AppOptions {
  db: Database;
  postgisVersion: string;
  clientDir?: string;
  logger?: FastifyServerOptions['logger'];
  tileEncoder?: EncoderChoice;
  tileCacheMb?: number;
  /** Reads without signing in (PUBLIC_READ); default false. */
  publicRead?: boolean;
  sessionHours?: number;
  /** Roles that see chiefs' names and phones unmasked (PERSONAL_DATA_ROLES). */
  personalDataRoles?: readonly Role[];
}

/**
 * Builds the whole application without listening (tests call `inject`; server/main.ts listens).
 * Order: infrastructure (error handling, the database) → services → routes → static client.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1_048_576,
    requestTimeout: 30_000,
  }).withTypeProvider<TypeBoxTypeProvider>();
  enforceRouteContracts(app);
  await app.register(errorHandlerPlugin);
  await app.register(hardeningPlugin);
  await app.register(swagger, {
    openapi: {
      info: { title: 'Corridor API', version: '0.1.0', description: 'Tiles, OGC API – Features and the domain API of Corridor' },
    },
  });
  await app.register(authPlugin, {
    publicRead: options.publicRead ?? false,
    sessionHours: options.sessionHours ?? 12,
    personalDataRoles: options.personalDataRoles ?? ['planner', 'admin'],
  });
  await registerWithAccess(app, 'read', swaggerUi, { routePrefix: '/docs' });
  app.decorate('db', options.db);
  app.decorate('postgisVersion', options.postgisVersion);
  app.decorate('tiles', await TileEngine.create({
    db: options.db, encoder: options.tileEncoder, cacheBytes: (options.tileCacheMb ?? 256) * 1024 * 1024,
  }));
  await app.register(healthRoutes);
  await app.register(tilesRoutes);
  await app.register(basemapRoutes);
  await app.register(ogcRoutes);
  await app.register(domainRoutes);
  await app.register(authRoutes);
  await app.register(usersRoutes);
  if (options.clientDir) await registerWithAccess(app, 'public', staticClientPlugin, { clientDir: options.clientDir });
  return app;
}
