// Turns the query string of an items request into a checked filter: a bbox and equality filters
// on allow-listed properties. Nothing from the request ever becomes SQL text; values are bound.
import { parseBbox as parseBboxText } from '../../lib/parse-bbox';
import { findProperty, type OgcCollection, type OgcProperty } from './ogc-collections';

/** The parameters the items route's schema knows; every other key must be a property filter. */
export const ITEMS_PARAMETERS = new Set(['bbox', 'limit', 'offset', 'f']);

export type Bbox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

export interface PropertyFilter {
  property: OgcProperty;
  value: string;
}

export interface ItemsFilter {
  bbox?: Bbox;
  filters: PropertyFilter[];
}

/** A request error: `parameter` names the offending query parameter in the 400 answer. */
export class ParameterError extends Error {
  /** Read by the app's error handler, which answers 400 with this message. */
  readonly statusCode = 400;
  constructor(readonly parameter: string, message: string) {
    super(`${parameter}: ${message}`);
    this.name = 'ParameterError';
  }
}

// Filter values reach PostgreSQL as text; no exponent, so none is out of range there (a 500).
const DECIMAL = /^[+-]?(\d{1,20}(\.\d{0,20})?|\.\d{1,20})$/;
const INTEGER = /^[+-]?\d{1,15}$/;

export function parseBbox(text: string): Bbox {
  const parsed = parseBboxText(text);
  if ('error' in parsed) throw new ParameterError('bbox', parsed.error);
  return parsed.bbox;
}

function checkValue(property: OgcProperty, raw: unknown): string {
  if (typeof raw !== 'string') throw new ParameterError(property.name, 'give one value');
  if (property.filterable === false) throw new ParameterError(property.name, 'this property cannot be filtered on');
  const bad = (what: string) => new ParameterError(property.name, `must be ${what}`);
  if (property.type === 'integer' && !INTEGER.test(raw)) throw bad('an integer');
  if (property.type === 'number' && !DECIMAL.test(raw)) throw bad('a decimal number');
  if (property.type === 'boolean' && raw !== 'true' && raw !== 'false') throw bad('true or false');
  return raw;
}

/** Checks every query parameter the schema does not know against the collection's properties. */
export function parseItemsFilter(collection: OgcCollection, query: Record<string, unknown>): ItemsFilter {
  const filters: PropertyFilter[] = [];
  for (const [name, raw] of Object.entries(query)) {
    if (ITEMS_PARAMETERS.has(name)) continue;
    const property = findProperty(collection, name);
    if (!property) {
      throw new ParameterError(name, `unknown parameter; use bbox, limit, offset, f or a property of ${collection.id}: ${collection.properties.map((p) => p.name).join(', ')}`);
    }
    filters.push({ property, value: checkValue(property, raw) });
  }
  const bbox = typeof query.bbox === 'string' ? parseBbox(query.bbox) : undefined;
  return { bbox, filters };
}

const CASTS: Record<OgcProperty['type'], string> = {
  string: 'text', number: 'double precision', integer: 'bigint', boolean: 'boolean',
};

/** The WHERE clause of a filter; its values are appended to `params` and referenced as $n. */
export function whereSql(filter: ItemsFilter, params: unknown[]): string {
  const bind = (value: unknown) => `$${params.push(value)}`;
  const conditions: string[] = [];
  if (filter.bbox) {
    // st_intersects uses the GiST index on geom; both sides are SRID 4326 (CRS84 axis order).
    const [a, b, c, d] = filter.bbox.map(bind);
    conditions.push(`st_intersects(t.geom, st_makeenvelope(${a}::float8, ${b}::float8, ${c}::float8, ${d}::float8, 4326))`);
  }
  for (const { property, value } of filter.filters) {
    const cast = CASTS[property.type];
    // Strings compare as text so that any value, however odd, is simply not equal (no 500).
    const left = property.type === 'string' ? `(${property.sql})::text` : `(${property.sql})`;
    conditions.push(`${left} = ${bind(value)}::${cast}`);
  }
  return conditions.length ? `where ${conditions.join(' and ')}` : '';
}
