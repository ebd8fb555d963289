import { READ } from '../auth/roles';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { LayerDefinition } from '../../tiles/layers/layer-definition';
import { attributeNames } from '../../tiles/sql/tile-sql';
import { checkTileAddress } from '../../tiles/tile-address';
import { TileCatalogRouteSchema, TileJsonRouteSchema, TileRouteSchema, type TileJson } from '../schemas/tiles.schema';
import { createLayerBounds } from '../services/layer-bounds';
import { badRequest, notFound } from '../lib/http-errors';
import { originOf } from '../lib/request-origin';
import { sendTile } from '../lib/send-tile';

// A URL carrying the current data version names bytes that never change; others revalidate.
const CACHE_CURRENT = 'public, max-age=86400, immutable';
const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';

const noLayer = (reply: FastifyReply, id: string) => notFound(reply, 'layer', `no tile layer "${id}"; see GET /tiles`);


function fieldsOf(layer: LayerDefinition): Record<string, string> {
  return Object.fromEntries(attributeNames(layer, layer.maxZoom).map((name) => [
    name, layer.attributes.find((a) => a.name === name)?.description ?? name,
  ]));
}

export async function tilesRoutes(app: FastifyInstance) {
  const layerBounds = createLayerBounds(app.db);
  app.get('/tiles', { schema: TileCatalogRouteSchema, config: READ }, async () => ({
    layers: [...app.tiles.registry.values()].map((layer) => ({
      id: layer.id, title: layer.title, description: layer.description, geometryType: layer.geometryType,
      minzoom: layer.minZoom, maxzoom: layer.maxZoom, tilejson: `/tiles/${layer.id}.json`,
    })),
  }));

  app.get<{ Params: { layer: string } }>('/tiles/:layer.json', { schema: TileJsonRouteSchema, config: READ }, async (request, reply) => {
    const layer = app.tiles.layer(request.params.layer);
    if (!layer) return noLayer(reply, request.params.layer);
    const version = await app.tiles.layerVersion(layer);
    const bounds = await layerBounds(layer.table, version);
    const body: TileJson = {
      tilejson: '3.0.0', name: layer.title, description: layer.description, version: '1.0.0', scheme: 'xyz',
      // The data version in the URL lets clients cache a tile for as long as the data is unchanged.
      tiles: [`${originOf(request)}/tiles/${layer.id}/{z}/{x}/{y}.mvt?v=${version}`],
      minzoom: layer.minZoom, maxzoom: layer.maxZoom, bounds,
      center: [(bounds[0]! + bounds[2]!) / 2, (bounds[1]! + bounds[3]!) / 2, Math.max(layer.minZoom, 5)],
      attribution: 'Corridor demo data (synthetic) · boundaries: Natural Earth',
      vector_layers: [{ id: layer.id, description: layer.description, minzoom: layer.minZoom, maxzoom: layer.maxZoom, fields: fieldsOf(layer) }],
    };
    return reply.header('Cache-Control', 'no-cache').send(body);
  });

  app.get<{ Params: { layer: string; z: number; x: number; y: number }; Querystring: { v?: string } }>(
    '/tiles/:layer/:z/:x/:y.mvt',
    { schema: TileRouteSchema, config: READ },
    async (request, reply) => {
      const { z, x, y } = request.params;
      const layer = app.tiles.layer(request.params.layer);
      if (!layer) return noLayer(reply, request.params.layer);
      const invalid = checkTileAddress(layer, z, x, y);
      if (invalid) return badRequest(reply, invalid.parameter, invalid.message);

      let hit = app.tiles.peek(layer, { z, x, y });
      if (!hit) {
        // Abandoned requests cancel their SQL, unless another request is waiting for the same tile.
        const abort = new AbortController();
        reply.raw.once('close', () => { if (!reply.raw.writableFinished) abort.abort(new Error('client went away')); });
        hit = await app.tiles.getTile(layer, { z, x, y }, abort.signal);
      }
      const current = request.query.v === hit.version;
      return sendTile(request, reply, hit.tile, current ? CACHE_CURRENT : CACHE_REVALIDATE, (coding) => app.tiles.body(hit, coding));
    },
  );
}
