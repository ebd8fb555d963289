import type { FastifyInstance, RouteOptions } from 'fastify';

const API_PREFIXES = ['/api/', '/tiles', '/ogc'];

/**
 * Every API route declares its full contract (a response schema per status at least), or the
 * app refuses to start: the OpenAPI document and the client's types come from these schemas.
 */
export function enforceRouteContracts(app: FastifyInstance) {
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!API_PREFIXES.some((prefix) => route.url.startsWith(prefix))) return;
    const response = (route.schema as { response?: Record<string, unknown> } | undefined)?.response;
    if (!response || Object.keys(response).length === 0) {
      throw new Error(`route ${String(route.method)} ${route.url} has no response schema`);
    }
  });
}
