import { Type } from 'typebox';
import { ErrorBody } from './common.schema';

export const BasemapLangParam = Type.Union([Type.Literal('zh-CN'), Type.Literal('en')], {
  default: 'zh-CN', description: 'Language of the country labels',
});

/** What the basemap style uses of the MapLibre style spec; expressions stay opaque JSON. */
const StyleLayer = Type.Object({
  id: Type.String(),
  type: Type.Union([Type.Literal('background'), Type.Literal('fill'), Type.Literal('line'), Type.Literal('symbol')]),
  source: Type.Optional(Type.String()),
  'source-layer': Type.Optional(Type.String()),
  minzoom: Type.Optional(Type.Number()),
  maxzoom: Type.Optional(Type.Number()),
  filter: Type.Optional(Type.Unknown({ description: 'MapLibre filter expression' })),
  layout: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  paint: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
});

const VectorSource = Type.Object({
  type: Type.Literal('vector'),
  tiles: Type.Array(Type.String(), { description: 'Absolute tile URL template on this server' }),
  minzoom: Type.Integer(),
  maxzoom: Type.Integer(),
  attribution: Type.String(),
});

export const BasemapStyle = Type.Object({
  version: Type.Literal(8),
  name: Type.String(),
  metadata: Type.Object({
    'corridor:font-preload-text': Type.String({
      description: 'Characters the labels draw beyond Latin-1: pass to document.fonts.load before the map draws text',
    }),
  }),
  center: Type.Array(Type.Number(), { minItems: 2, maxItems: 2 }),
  zoom: Type.Number(),
  sources: Type.Record(Type.String(), VectorSource),
  layers: Type.Array(StyleLayer),
}, { description: 'MapLibre style v8 with no glyphs or sprite: text uses the page\'s own "Noto Sans SC"' });

export const BasemapStyleRouteSchema = {
  tags: ['basemap'],
  summary: 'The offline basemap as a MapLibre style (dark), labels in the chosen language',
  querystring: Type.Object({ lang: Type.Optional(BasemapLangParam) }),
  response: { 200: BasemapStyle, 400: ErrorBody },
};

export const BasemapTileRouteSchema = {
  tags: ['basemap'],
  summary: 'One basemap vector tile (MVT 2.1: land, countries, admin1-boundaries from z4, boundaries, country-labels); 204 over open sea',
  params: Type.Object({
    z: Type.Integer({ description: 'Zoom, 0 … 14 (detail ends at 8; deeper tiles are cut from z8)' }),
    x: Type.Integer({ description: 'Column, 0 … 2^z − 1' }),
    y: Type.Integer({ description: 'Row, 0 … 2^z − 1' }),
  }),
  response: {
    200: Type.Unsafe<Uint8Array>({ type: 'string', format: 'binary', description: 'application/vnd.mapbox-vector-tile' }),
    204: Type.Null({ description: 'Nothing but sea in this tile' }),
    304: Type.Null({ description: 'Not modified (ETag)' }),
    400: ErrorBody,
  },
};
