// The TypeBox contract of the OGC API – Features routes (Part 1: Core, GeoJSON, OpenAPI 3.0).
import { Type, type Static } from 'typebox';
import { ErrorBody } from './common.schema';

/** numberMatched is counted up to this many features; beyond it the count is left out. */
export const MATCH_COUNT_CAP = 50_000;

export const MAX_LIMIT = 10_000;
export const DEFAULT_LIMIT = 100;

export const OgcLink = Type.Object({
  href: Type.String(),
  rel: Type.String(),
  type: Type.Optional(Type.String()),
  title: Type.Optional(Type.String()),
});
export type OgcLink = Static<typeof OgcLink>;

export const LandingPage = Type.Object({ title: Type.String(), description: Type.String(), links: Type.Array(OgcLink) });
export const Conformance = Type.Object({ conformsTo: Type.Array(Type.String()) });

export const OgcCollectionBody = Type.Object({
  id: Type.String(),
  title: Type.String(),
  description: Type.String(),
  links: Type.Array(OgcLink),
  extent: Type.Object({
    spatial: Type.Object({
      bbox: Type.Array(Type.Array(Type.Number(), { minItems: 4, maxItems: 4 })),
      crs: Type.String(),
    }),
  }),
  itemType: Type.Literal('feature'),
  crs: Type.Array(Type.String()),
  storageCrs: Type.String(),
  /** Not in the standard: the properties a feature has, which are also the allowed equality filters. */
  properties: Type.Record(Type.String(), Type.Object({
    type: Type.String(), description: Type.String(), format: Type.Optional(Type.String()), filterable: Type.Boolean(),
  })),
});
export type OgcCollectionBody = Static<typeof OgcCollectionBody>;

export const Collections = Type.Object({ links: Type.Array(OgcLink), collections: Type.Array(OgcCollectionBody) });

const Geometry = Type.Object({ type: Type.String() }, { additionalProperties: true, description: 'GeoJSON geometry, CRS84' });

export const OgcFeatureBody = Type.Object({
  type: Type.Literal('Feature'),
  id: Type.Union([Type.String(), Type.Number()]),
  geometry: Geometry,
  properties: Type.Object({}, { additionalProperties: true }),
  links: Type.Optional(Type.Array(OgcLink)),
});

export const FeatureCollection = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(OgcFeatureBody),
  links: Type.Array(OgcLink),
  timeStamp: Type.String({ format: 'date-time' }),
  numberMatched: Type.Optional(Type.Integer({ description: `Present when at most ${MATCH_COUNT_CAP} features match` })),
  numberReturned: Type.Integer(),
});

/** Items and a feature answer GeoJSON, or the same body as plain JSON when that is asked for. */
const geoJsonOrJson = (schema: typeof FeatureCollection | typeof OgcFeatureBody, description: string) => ({
  description,
  content: { 'application/geo+json': { schema }, 'application/json': { schema } },
});

const JsonFormat = Type.Object({
  f: Type.Optional(Type.Enum(['json'], { description: 'Encoding; JSON is the only one here' })),
});
const FeatureFormat = Type.Optional(Type.Enum(['json', 'geojson'], {
  description: 'Encoding: geojson (application/geo+json, the default) or json (application/json, same body)',
}));
const CollectionId = Type.String({ pattern: '^[a-z][a-z-]*$', maxLength: 40, description: 'Collection id, from GET /ogc/collections' });

const tags = ['ogc'];

export const LandingRouteSchema = { tags, summary: 'OGC API – Features landing page', querystring: JsonFormat, response: { 200: LandingPage, 400: ErrorBody } };
export const ConformanceRouteSchema = { tags, summary: 'Conformance classes', querystring: JsonFormat, response: { 200: Conformance, 400: ErrorBody } };
export const CollectionsRouteSchema = { tags, summary: 'The feature collections', querystring: JsonFormat, response: { 200: Collections, 400: ErrorBody } };

export const CollectionRouteSchema = {
  tags, summary: 'One feature collection',
  params: Type.Object({ collectionId: CollectionId }),
  querystring: JsonFormat,
  response: { 200: OgcCollectionBody, 400: ErrorBody, 404: ErrorBody },
};

export const ItemsQuery = Type.Object({
  bbox: Type.Optional(Type.String({ maxLength: 200, description: 'minLon,minLat,maxLon,maxLat in CRS84; features intersecting it' })),
  // Optional for the OpenAPI document; Ajv's useDefaults fills them in before the handler runs.
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT, description: `Page size, at most ${MAX_LIMIT}` })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000_000, default: 0, description: 'Features to skip (the next link sets it)' })),
  f: FeatureFormat,
}, {
  // Any other parameter must name a property of the collection (see its `properties`): an equality filter.
  additionalProperties: Type.String({ maxLength: 200 }),
});
export type ItemsQuery = Static<typeof ItemsQuery>;

export const ItemsRouteSchema = {
  tags,
  summary: 'Features of a collection',
  description: 'Paged by limit/offset in the order of the feature id. Any property of the collection may be given as an '
    + 'equality filter, e.g. ?status=alert&kind=port; unknown parameters are a 400.',
  params: Type.Object({ collectionId: CollectionId }),
  querystring: ItemsQuery,
  response: {
    200: geoJsonOrJson(FeatureCollection, 'A GeoJSON FeatureCollection'),
    400: ErrorBody, 404: ErrorBody, 503: ErrorBody,
  },
};

export const FeatureRouteSchema = {
  tags,
  summary: 'One feature',
  params: Type.Object({ collectionId: CollectionId, featureId: Type.String({ maxLength: 100, description: 'Feature id' }) }),
  querystring: Type.Object({ f: FeatureFormat }),
  response: {
    200: geoJsonOrJson(OgcFeatureBody, 'A GeoJSON Feature'),
    400: ErrorBody, 404: ErrorBody, 503: ErrorBody,
  },
};
