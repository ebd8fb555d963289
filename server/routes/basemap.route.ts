import { READ } from '../auth/roles';
import type { FastifyInstance } from 'fastify';
import { checkBasemapAddress, createBasemap, type Basemap } from '../../tiles/basemap/basemap';
import { BasemapTileCache } from '../../tiles/basemap/basemap-tile-cache';
import { buildBasemapStyle, type BasemapLang } from '../../tiles/basemap/basemap-style';
import { badRequest } from '../lib/http-errors';
import { originOf } from '../lib/request-origin';
import { sendTile } from '../lib/send-tile';
import { BasemapStyleRouteSchema, BasemapTileRouteSchema } from '../schemas/basemap.schema';

// Slicing Natural Earth takes about a second and the result never changes, so every app built in
// this process (tests build many) shares one.
let shared: Basemap | undefined;
const basemap = () => (shared ??= createBasemap());


export async function basemapRoutes(app: FastifyInstance) {
  const tiles = new BasemapTileCache(basemap());

  app.get<{ Querystring: { lang?: BasemapLang } }>('/basemap/style.json', { schema: BasemapStyleRouteSchema, config: READ }, async (request, reply) => {
    const style = buildBasemapStyle({ origin: originOf(request), lang: request.query.lang ?? 'zh-CN' });
    // The tile URL follows the Host the page was loaded from, so a shared cache must revalidate.
    return reply.header('Cache-Control', 'no-cache').send(style);
  });

  app.get<{ Params: { z: number; x: number; y: number } }>('/basemap/:z/:x/:y.mvt', { schema: BasemapTileRouteSchema, config: READ }, async (request, reply) => {
    const { z, x, y } = request.params;
    const invalid = checkBasemapAddress(z, x, y);
    if (invalid) return badRequest(reply, invalid.parameter, invalid.message);

    const hit = tiles.get(z, x, y);
    return sendTile(request, reply, hit.tile, 'public, max-age=86400', (coding) => tiles.body(hit, coding));
  });
}
