// The OGC API – Features collections: one per tile layer, declared as data. Table, column and
// expression strings here are code constants and form the allow-list that feature SQL is built
// from; requests only ever pick a collection id, a property name and bound values.
import type { AttributeDefinition, LayerDefinition } from '../../../tiles/layers/layer-definition';
import { ALL_LAYERS } from '../../../tiles/layers/layer-registry';

export type OgcPropertyType = 'string' | 'number' | 'integer' | 'boolean';

export interface OgcProperty {
  name: string;
  /** A SQL expression over the collection's table, aliased `t`. */
  sql: string;
  type: OgcPropertyType;
  description: string;
  format?: 'date-time';
  /** False for values with no sensible equality (timestamps rendered as text). */
  filterable?: boolean;
}

export interface OgcCollection {
  id: string;
  title: string;
  description: string;
  table: string;
  /** The layer whose data version keys the cached extent. */
  layer: LayerDefinition;
  geometryType: 'Point' | 'LineString' | 'MultiPolygon';
  /** The feature id: a unique, indexed column; also the stable paging order. */
  idSql: string;
  idType: 'string' | 'integer';
  properties: readonly OgcProperty[];
}

export const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';

const TYPES: Record<AttributeDefinition['type'], OgcPropertyType> = { String: 'string', Number: 'number', Boolean: 'boolean' };

/** Every attribute the tile layer sends at its highest zoom, i.e. its full feature. */
const fromLayer = (layer: LayerDefinition): OgcProperty[] => layer.attributes
  .filter((a) => (a.minZoom ?? 0) <= layer.maxZoom)
  .map((a) => ({ name: a.name, sql: a.sql, type: TYPES[a.type], description: a.description }));

// Rendered in UTC by SQL so the text does not depend on the session's TimeZone setting.
const utcTimestamp = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

interface CollectionSpec {
  table: string;
  geometryType: OgcCollection['geometryType'];
  id?: { sql: string; type: OgcCollection['idType'] };
  extra?: OgcProperty[];
}

// Segment chiefs are personal data: they have their own route (with masking), never a property here.
const SPECS: Record<string, CollectionSpec> = {
  'border-segments': {
    table: 'border_segments', geometryType: 'LineString',
    extra: [
      { name: 'fromKm', sql: 't.from_km', type: 'number', description: 'Start, km along the border line' },
      { name: 'toKm', sql: 't.to_km', type: 'number', description: 'End, km along the border line' },
    ],
  },
  checkpoints: { table: 'checkpoints', geometryType: 'Point' },
  'duty-posts': { table: 'duty_posts', geometryType: 'Point' },
  'demo-belts': { table: 'demo_belts', geometryType: 'LineString' },
  zones: {
    table: 'responsibility_zones', geometryType: 'MultiPolygon', id: { sql: 't.id', type: 'integer' },
    extra: [
      { name: 'nameZh', sql: 't.name_zh', type: 'string', description: 'Zone name (Chinese)' },
      { name: 'chief', sql: 't.chief', type: 'string', description: 'Zone chief' },
      { name: 'updatedAt', sql: utcTimestamp('t.updated_at'), type: 'string', format: 'date-time', filterable: false, description: 'Last edit (UTC)' },
    ],
  },
  'admin-areas': { table: 'admin_areas', geometryType: 'MultiPolygon' },
  branches: { table: 'party_branches', geometryType: 'Point' },
};

// Integer columns whose layer attribute says only 'Number': typed here so filters and schemas are exact.
const INTEGERS = new Set(['id', 'seq', 'version', 'personnel', 'party', 'government', 'military', 'police', 'civilian', 'members', 'checkpoints', 'alerts']);

const SAFE_NAME = /^[a-zA-Z][a-zA-Z0-9]*$/;

function buildCollection(layer: LayerDefinition): OgcCollection {
  const spec = SPECS[layer.id];
  if (!spec) throw new Error(`no OGC collection spec for layer ${layer.id}`);
  if (spec.table !== layer.table) throw new Error(`collection ${layer.id}: table ${spec.table} is not the layer's ${layer.table}`);
  const properties = [...fromLayer(layer), ...(spec.extra ?? [])]
    .map((p) => (p.type === 'number' && INTEGERS.has(p.name) ? { ...p, type: 'integer' as const } : p));
  const names = new Set<string>();
  for (const p of properties) {
    if (!SAFE_NAME.test(p.name) || names.has(p.name)) throw new Error(`collection ${layer.id}: bad or duplicate property ${p.name}`);
    names.add(p.name);
  }
  return {
    id: layer.id, title: layer.title, description: layer.description, table: spec.table, layer,
    geometryType: spec.geometryType, idSql: spec.id?.sql ?? 't.code', idType: spec.id?.type ?? 'string',
    properties: Object.freeze(properties),
  };
}

/** The allow-list, built once at import: a bad definition stops the server, not a request. */
export const OGC_COLLECTIONS: ReadonlyMap<string, OgcCollection> = new Map(
  ALL_LAYERS.map((layer) => [layer.id, Object.freeze(buildCollection(layer))]),
);

export const findProperty = (collection: OgcCollection, name: string): OgcProperty | undefined =>
  collection.properties.find((p) => p.name === name);
