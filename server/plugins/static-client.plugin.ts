import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const API_PREFIXES = ['/api/', '/tiles', '/ogc', '/docs'];

/** Serves the built client; unknown non-API paths get index.html so client-side links reopen. */
export async function staticClientPlugin(app: FastifyInstance, opts: { clientDir: string }) {
  if (!existsSync(join(opts.clientDir, 'index.html'))) {
    app.log.warn(`no client build in ${opts.clientDir}; run "npm run build"`);
    return;
  }
  await app.register(fastifyStatic, { root: opts.clientDir, wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler((request, reply) => {
    const isApi = API_PREFIXES.some((prefix) => request.url.startsWith(prefix));
    if (request.method === 'GET' && !isApi && request.headers.accept?.includes('text/html')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `No route for ${request.method} ${request.url.split('?')[0]}` });
  });
}
