import { maySeePersonalData, READ } from '../auth/roles';
import { sendError } from '../lib/http-errors';
import { maskProperties, PERSONAL_PROPERTIES } from '../auth/personal-data';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createLayerBounds } from '../services/layer-bounds';
import { OGC_COLLECTIONS, type OgcCollection } from '../services/ogc/ogc-collections';
import { countMatched, readFeature, readFeaturePage } from '../services/ogc/ogc-features-repository';
import { parseItemsFilter } from '../services/ogc/ogc-items-query';
import { featureLinks, featureMediaType, itemsLinks, originOf } from '../services/ogc/ogc-links';
import { collectionBody, collectionsLinks, CONFORMANCE, landingPage } from '../services/ogc/ogc-metadata';
import {
  CollectionRouteSchema, CollectionsRouteSchema, ConformanceRouteSchema, FeatureRouteSchema, ItemsRouteSchema,
  DEFAULT_LIMIT, LandingRouteSchema, type ItemsQuery,
} from '../schemas/ogc.schema';

type CollectionParams = { collectionId: string };

const notFound = (reply: FastifyReply, message: string) => sendError(reply, 404, message);

const noCollection = (reply: FastifyReply, id: string) => notFound(reply, `collectionId: no collection "${id}"; see GET /ogc/collections`);

/** Abandoned requests cancel their SQL (the server backend cancels the running statement). */
function requestSignal(request: FastifyRequest, reply: FastifyReply): AbortSignal {
  const abort = new AbortController();
  request.raw.once('close', () => { if (!reply.sent) abort.abort(new Error('client went away')); });
  return abort.signal;
}

/** OGC API – Features, Part 1 (Core, GeoJSON, OpenAPI 3.0), over the tile layers' tables. */
export async function ogcRoutes(app: FastifyInstance) {
  const masked = <F extends { properties: Record<string, unknown> }>(request: FastifyRequest, features: F[]): F[] =>
    maySeePersonalData(request.user, app.auth.personalDataRoles) ? features : features.map((f) => ({ ...f, properties: maskProperties(f.properties) }));
  const layerBounds = createLayerBounds(app.db);
  const extentOf = async (c: OgcCollection) => layerBounds(c.table, await app.tiles.layerVersion(c.layer));

  app.get('/ogc', { schema: LandingRouteSchema, config: READ }, async (request) => landingPage(originOf(request)));

  app.get('/ogc/conformance', { schema: ConformanceRouteSchema, config: READ }, async () => ({ conformsTo: CONFORMANCE }));

  app.get('/ogc/collections', { schema: CollectionsRouteSchema, config: READ }, async (request) => {
    const origin = originOf(request);
    const collections = [];
    for (const c of OGC_COLLECTIONS.values()) collections.push(collectionBody(origin, c, await extentOf(c)));
    return { links: collectionsLinks(origin), collections };
  });

  app.get<{ Params: CollectionParams }>('/ogc/collections/:collectionId', { schema: CollectionRouteSchema, config: READ }, async (request, reply) => {
    const collection = OGC_COLLECTIONS.get(request.params.collectionId);
    if (!collection) return noCollection(reply, request.params.collectionId);
    return collectionBody(originOf(request), collection, await extentOf(collection));
  });

  app.get<{ Params: CollectionParams; Querystring: ItemsQuery }>(
    '/ogc/collections/:collectionId/items',
    { schema: ItemsRouteSchema, config: READ },
    async (request, reply) => {
      const collection = OGC_COLLECTIONS.get(request.params.collectionId);
      if (!collection) return noCollection(reply, request.params.collectionId);
      const query = request.query as Record<string, unknown>;
      const personal = !maySeePersonalData(request.user, app.auth.personalDataRoles)
        && Object.keys(query).find((name) => PERSONAL_PROPERTIES.has(name));
      if (personal) return sendError(reply, 403, `${personal}: personal data; your role may not filter on it`);
      // Throws a ParameterError (400 naming the parameter) for an unknown or malformed one.
      const filter = parseItemsFilter(collection, query);
      const { limit = DEFAULT_LIMIT, offset = 0 } = request.query;
      const type = featureMediaType(request.query.f, request.headers.accept);
      const signal = requestSignal(request, reply);
      const page = await readFeaturePage(app.db, collection, filter, { limit, offset }, signal);
      // A first page that holds everything needs no count query.
      const numberMatched = offset === 0 && !page.more
        ? page.features.length
        : await countMatched(app.db, collection, filter, signal);
      return reply.type(type).send({
        type: 'FeatureCollection' as const,
        features: masked(request, page.features),
        links: itemsLinks({ origin: originOf(request), collectionId: collection.id, query, limit, offset, more: page.more, type }),
        timeStamp: new Date().toISOString(),
        ...(numberMatched === undefined ? {} : { numberMatched }),
        numberReturned: page.features.length,
      });
    },
  );

  app.get<{ Params: CollectionParams & { featureId: string }; Querystring: { f?: 'json' | 'geojson' } }>(
    '/ogc/collections/:collectionId/items/:featureId',
    { schema: FeatureRouteSchema, config: READ },
    async (request, reply) => {
      const { collectionId, featureId } = request.params;
      const collection = OGC_COLLECTIONS.get(collectionId);
      if (!collection) return noCollection(reply, collectionId);
      const missing = () => notFound(reply, `featureId: no feature "${featureId}" in ${collectionId}`);
      // An integer id that is not an integer cannot exist: 404, and no cast error in SQL.
      if (collection.idType === 'integer' && !/^\d{1,18}$/.test(featureId)) return missing();
      const feature = await readFeature(app.db, collection, featureId, requestSignal(request, reply));
      if (!feature) return missing();
      const type = featureMediaType(request.query.f, request.headers.accept);
      return reply.type(type).send({ ...masked(request, [feature])[0]!, links: featureLinks(originOf(request), collectionId, feature.id, type) });
    },
  );
}
