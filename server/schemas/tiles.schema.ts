import { Type, type Static } from 'typebox';
import { ErrorBody } from './common.schema';

export const VectorLayer = Type.Object({
  id: Type.String(),
  description: Type.String(),
  minzoom: Type.Integer(),
  maxzoom: Type.Integer(),
  fields: Type.Record(Type.String(), Type.String()),
});

export const TileJson = Type.Object({
  tilejson: Type.Literal('3.0.0'),
  name: Type.String(),
  description: Type.String(),
  version: Type.String(),
  scheme: Type.Literal('xyz'),
  tiles: Type.Array(Type.String()),
  minzoom: Type.Integer(),
  maxzoom: Type.Integer(),
  bounds: Type.Array(Type.Number(), { minItems: 4, maxItems: 4 }),
  center: Type.Array(Type.Number(), { minItems: 3, maxItems: 3 }),
  attribution: Type.String(),
  vector_layers: Type.Array(VectorLayer),
});
export type TileJson = Static<typeof TileJson>;

export const TileCatalog = Type.Object({
  layers: Type.Array(Type.Object({
    id: Type.String(),
    title: Type.String(),
    description: Type.String(),
    geometryType: Type.String(),
    minzoom: Type.Integer(),
    maxzoom: Type.Integer(),
    tilejson: Type.String(),
  })),
});
export type TileCatalog = Static<typeof TileCatalog>;

const LayerParam = Type.String({ pattern: '^[a-z][a-z-]*$', maxLength: 40, description: 'Layer id, from GET /tiles' });

export const TileCatalogRouteSchema = { tags: ['tiles'], summary: 'The tile layers', response: { 200: TileCatalog } };

export const TileJsonRouteSchema = {
  tags: ['tiles'],
  summary: 'TileJSON 3.0.0 of one layer',
  params: Type.Object({ layer: LayerParam }),
  response: { 200: TileJson, 400: ErrorBody, 404: ErrorBody },
};

export const TileRouteSchema = {
  tags: ['tiles'],
  summary: 'One Mapbox Vector Tile (MVT 2.1); 204 when the tile is empty',
  params: Type.Object({
    layer: LayerParam,
    z: Type.Integer({ description: 'Zoom, within the layer range' }),
    x: Type.Integer({ description: 'Column, 0 … 2^z − 1' }),
    y: Type.Integer({ description: 'Row, 0 … 2^z − 1' }),
  }),
  querystring: Type.Object({ v: Type.Optional(Type.String({ maxLength: 64, description: 'Data version from TileJSON' })) }),
  response: {
    200: Type.Unsafe<Uint8Array>({ type: 'string', format: 'binary', description: 'application/vnd.mapbox-vector-tile' }),
    204: Type.Null({ description: 'No features in this tile' }),
    304: Type.Null({ description: 'Not modified (ETag)' }),
    400: ErrorBody,
    404: ErrorBody,
    503: ErrorBody,
  },
};
