// Hostile HTTP requests for every route the app registers: test/api/hostile-input.test.ts sends them
// with app.inject, scripts/fuzz.ts over real HTTP. Plain generators (fast-check), no app, no vitest.
import { METHODS } from 'node:http';
import fc from 'fast-check';
import { lonLatToTile } from './tile-helpers';

export interface HostileRequest {
  method: string;
  /** Path and query as they go on the wire: visible ASCII only, '%' sequences possibly invalid. */
  url: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** The client's address for app.inject (rate limits count per address); over HTTP it is the fuzzer's. */
  remoteAddress: string;
  /** Sent without credentials: authorize() is not applied. */
  anonymous: boolean;
}

export interface HostileResponse { statusCode: number; headers: Record<string, unknown>; body: string }
export type Send = (request: HostileRequest) => Promise<HostileResponse>;

let authorization: string | undefined;

/** The credentials authorize() adds from now on: an admin's bearer token, so every route is reached. */
export function useAuthorization(header: string): void {
  authorization = header;
}

/** Every request but the anonymous share passes through here before it is sent. */
export async function authorize(request: HostileRequest): Promise<HostileRequest> {
  return authorization ? { ...request, headers: { ...request.headers, authorization } } : request;
}

/** What a request looks like on its way out: authorized unless it is one of the anonymous share. */
export const prepare = (request: HostileRequest) => (request.anonymous ? Promise.resolve(request) : authorize(request));

export const plainGet = (url: string): HostileRequest => ({ method: 'GET', url, headers: {}, remoteAddress: '127.0.0.1', anonymous: false });

/** A route as Fastify registered it (`/tiles/:layer/:z/:x/:y.mvt`) with plausible values per parameter. */
export interface RouteTarget {
  url: string;
  methods: string[];
  /** Values that pass validation or name rows that exist, by parameter name (path or query). */
  hints: Record<string, string[]>;
  queryNames: string[];
}

interface JsonSchema {
  enum?: unknown[]; const?: unknown; default?: unknown; anyOf?: JsonSchema[]; oneOf?: JsonSchema[];
  type?: string | string[]; minimum?: number; maximum?: number;
}
interface OpenApiParameter { name: string; in: string; schema?: JsonSchema }
export interface OpenApiDocument { paths?: Record<string, Record<string, { parameters?: OpenApiParameter[] }>> }

export interface KnownValues {
  /** By parameter name: layer and collection ids, codes and ids that exist, tile coordinates with data. */
  params: Record<string, string[]>;
  /** A tile that has data (200 with bytes): the health check after a storm. */
  realTile?: string;
}

const PARAM = /:([A-Za-z0-9_]+)(\([^)]*\))?|\*/g;
const paramNames = (url: string) => [...url.matchAll(PARAM)].map((m) => m[1] ?? '*');
const openApiPath = (url: string) => url.replace(PARAM, (m, name: string | undefined) => (name ? `{${name}}` : m));

function schemaHints(schema: JsonSchema | undefined): string[] {
  if (!schema) return [];
  const out: unknown[] = [...(schema.enum ?? []), ...('const' in schema ? [schema.const] : []), ...('default' in schema ? [schema.default] : [])];
  for (const sub of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) out.push(...schemaHints(sub));
  for (const bound of [schema.minimum, schema.maximum]) if (bound !== undefined) out.push(bound, bound - 1, bound + 1);
  return [...new Set(out.map(String))];
}

/** The routes an OpenAPI document lists, for a server known only by its address. */
export function routesFromOpenApi(doc: OpenApiDocument): Array<{ method: string; url: string }> {
  return Object.entries(doc.paths ?? {}).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => ({ method: method.toUpperCase(), url: path.replace(/\{([^}]+)\}/g, ':$1') })));
}

/** One target per registered URL, with its methods and the hints its OpenAPI entry and the data give. */
export function routeTargets(routes: ReadonlyArray<{ method: string; url: string }>, doc: OpenApiDocument, known: KnownValues): RouteTarget[] {
  const byUrl = new Map<string, Set<string>>();
  for (const route of routes) byUrl.set(route.url, (byUrl.get(route.url) ?? new Set()).add(route.method));
  // Hostile paths that match no route: the 404 handler is an entry point too.
  byUrl.set('/:nowhere', new Set(['GET', 'POST']));
  return [...byUrl].map(([url, methods]) => {
    const parameters = Object.values(doc.paths?.[openApiPath(url)] ?? {}).flatMap((op) => op.parameters ?? []);
    const hints: Record<string, string[]> = {};
    for (const name of paramNames(url)) hints[name] = [...(known.params[name] ?? [])];
    for (const p of parameters) hints[p.name] = [...new Set([...(hints[p.name] ?? []), ...schemaHints(p.schema), ...(known.params[p.name] ?? [])])];
    return { url, methods: [...methods], hints, queryNames: parameters.filter((p) => p.in === 'query').map((p) => p.name) };
  });
}

/** Reads what exists through the API itself (so it works in-process and over HTTP alike). */
export async function discoverKnownValues(send: Send): Promise<KnownValues> {
  const json = async <T>(url: string): Promise<T | undefined> => {
    const response = await send(await prepare(plainGet(url)));
    return response.statusCode === 200 ? (JSON.parse(response.body) as T) : undefined;
  };
  const params: Record<string, string[]> = { z: ['2', '5', '8', '12', '14', '16'] };
  const add = (name: string, ...values: unknown[]) => { params[name] = [...new Set([...(params[name] ?? []), ...values.map(String)])]; };
  const layers = (await json<{ layers: Array<{ id: string }> }>('/tiles'))?.layers ?? [];
  add('layer', ...layers.map((l) => l.id));
  const collections = (await json<{ collections: Array<{ id: string }> }>('/ogc/collections'))?.collections ?? [];
  add('collectionId', ...collections.map((c) => c.id));
  let realTile: string | undefined;
  for (const { id } of collections) {
    const page = await json<{ features: Array<{ id: string | number; geometry?: { type: string; coordinates: unknown } }> }>(`/ogc/collections/${id}/items?limit=3`);
    for (const feature of page?.features ?? []) {
      add('featureId', feature.id);
      add(typeof feature.id === 'number' ? 'id' : 'code', feature.id);
      if (id === 'checkpoints' && feature.geometry?.type === 'Point' && !realTile) {
        const [lon, lat] = feature.geometry.coordinates as [number, number];
        for (const zoom of [8, 12]) {
          const { z, x, y } = lonLatToTile(lon, lat, zoom);
          add('z', z); add('x', x); add('y', y);
          realTile ??= `/tiles/checkpoints/${z}/${x}/${y}.mvt`;
        }
      }
    }
  }
  return { params, realTile };
}

// ---- values ---------------------------------------------------------------------------------

const SQL_INJECTION = [
  "' OR '1'='1", "'; DROP TABLE border_segments; --", "1; SELECT pg_sleep(30)--", '" OR 1=1 --', "1' UNION SELECT usename, passwd FROM pg_shadow--",
  "$1", '$$;$$', "%' --", '\\', "E'\\x00'", "1::int", "')) OR 1=1--", "admin'--", "1 AND 1=CAST((SELECT version()) AS int)",
  "'||(SELECT current_setting('data_directory'))||'", 'ST_AsText(geom)', "*/ SELECT 1 /*", "1;COPY x TO PROGRAM 'id'",
];
const NUMBERS = [
  '-1', '0', '-0', '1e309', '-1e309', 'NaN', 'Infinity', '-Infinity', '9007199254740993', '99999999999999999999999', '1.5', '0x1f',
  '1e3', ' 1', '+1', '08', '2147483648', '-2147483649', '4294967296', '1_000', '0.0000001', '1,2', '', ' ', '-', '.',
];
const UNICODE = [
  '边境段', 'YN-MH-012\u0000', 'İı', 'ß', '\u202Eevil', '\u200B', '\uFEFF', '😀', '\uD800', '\uDFFF', 'Ａ', 'e\u0301', '\r\n', '\t',
  'a\u0000b', '\u2028', '\u{10FFFF}', '𠜎𠜱', 'null', 'undefined', 'true', '[]', '{}', '<script>alert(1)</script>', '{{7*7}}', '${7*7}',
];
const PATH_TRICKS = [
  '..', '../../etc/passwd', '%2e%2e%2f', '%2e%2e', '%00', '%', '%zz', '%E0%A4%A', '%C0%AF', '%ED%A0%80', '%FF', '//', '.', '~',
  '%2F', 'a%2fb', ';x=1', 'a;b', '%3B', '%23', '%3F', '%20', '..%5c..%5c', '%252e', '%u002e', 'index.html', 'a.json.json', '\\..\\',
];

const longText = fc.tuple(fc.constantFrom(256, 4_096, 65_536), fc.constantFrom('A', "'", '边', '%', '9', '{')).map(([n, c]) => c.repeat(n));

/** Text a person or an attacker might type: injections, edge numbers, odd unicode, very long. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...SQL_INJECTION) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 1, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map(String) },
  { weight: 1, arbitrary: longText },
);

const utf8Escape = (char: string) => {
  try { return encodeURIComponent(char); } catch { return '%EF%BF%BD'; } // a lone surrogate goes out as U+FFFD
};
/** Percent-encodes all but unreserved characters, as a careful client would. */
export const encodeComponent = (text: string) => text.replace(/[^A-Za-z0-9\-._~!'()*]/gu, utf8Escape);
/** Percent-encodes only what cannot go on the wire, so '%', '/', '?', '#', ';' and '..' stay raw. */
export const wireSafe = (text: string) => text.replace(/[^\x21-\x7e]/gu, utf8Escape);
/** A header value Node will send: latin1 bytes without control characters. */
const headerSafe = (text: string) => Buffer.from(text, 'utf8').toString('latin1').replace(/[^\t\x20-\x7e\x80-\xff]/g, '').slice(0, 8_192);

/** `record[key]` only when it is the record's own (hostile names include `__proto__` and `constructor`). */
const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

const valueFor = (hints: string[] | undefined) => fc.oneof(
  ...(hints && hints.length > 0 ? [{ weight: 4, arbitrary: fc.constantFrom(...hints).map(encodeComponent) }] : []),
  { weight: 3, arbitrary: hostileText.map(encodeComponent) },
  { weight: 2, arbitrary: hostileText.map(wireSafe) },
  { weight: 1, arbitrary: fc.constantFrom(...PATH_TRICKS) },
);

const QUERY_NAMES = ['__proto__', 'constructor', '__proto__[polluted]', 'constructor[prototype][polluted]', 'a[]', 'a[b][c]', '', 'f', 'limit', 'offset', 'bbox', 'q', 'v', 'lang', 'status', 'datetime'];

function queryString(target: RouteTarget): fc.Arbitrary<string> {
  const names = [...new Set([...target.queryNames, ...QUERY_NAMES])];
  const pair = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...names) },
    { weight: 1, arbitrary: hostileText.map(encodeComponent) },
  ).chain((name) => fc.tuple(fc.constant(name), valueFor(own(target.hints, name)), fc.boolean()));
  return fc.tuple(fc.array(pair, { maxLength: 8 }), fc.constantFrom('&', '&', '&', ';', '&&')).map(([pairs, sep]) =>
    (pairs.length === 0 ? '' : `?${pairs.map(([k, v, bare]) => (bare && v === '' ? k : `${k}=${v}`)).join(sep)}`));
}

// ---- headers and bodies -------------------------------------------------------------------------

const HEADER_VALUES: Record<string, string[]> = {
  accept: ['*/*', 'application/json', 'text/html', 'application/geo+json', 'application/vnd.mapbox-vector-tile', '', 'x/y;q=NaN'],
  'accept-encoding': ['gzip', 'br', 'gzip, deflate, br', 'br;q=NaN, gzip;q=-1', '*;q=0', 'identity;q=0', 'zstd', '*', ''],
  'accept-language': ['zh-CN', 'en', '*;q=NaN', 'xx-XX'],
  'if-none-match': ['*', '"x"', 'W/"x"', '""', `"${'a'.repeat(5_000)}"`],
  'if-modified-since': ['Thu, 01 Jan 1970 00:00:00 GMT', 'yesterday', '9999999999999'],
  range: ['bytes=0-0', 'bytes=-1', 'bytes=5-1', 'bytes=0-99999999999999999999', 'lines=1-2'],
  host: ['evil.example', 'localhost:99999', '[::1]', 'a'.repeat(300), '127.0.0.1:80', '..', 'a b'],
  origin: ['null', 'http://evil.example'],
  referer: ['http://evil.example/', 'javascript:alert(1)'],
  authorization: ['Bearer ', 'Bearer x', "Bearer ' OR '1'='1", 'Basic YTpi', `Bearer ${'A'.repeat(10_000)}`, 'Negotiate', 'bearer  x y'],
  cookie: ['corridor_session=x', 'corridor_session=; corridor_session=2', '=;;;', `${'a'.repeat(4_000)}=1`, 'corridor_session=%zz', 'corridor_session=%00'],
  'x-csrf-token': ['x', '', "' OR 1=1"],
  'x-forwarded-for': ['1.2.3.4', "' OR 1=1", '::1, 10.0.0.1', 'unknown'],
  'x-forwarded-host': ['evil.example'],
  'x-forwarded-proto': ['javascript', 'https', ''],
  'x-http-method-override': ['DELETE', 'PUT'],
  'user-agent': ['', 'sqlmap/1.7'],
};

const CONTENT_TYPES = [
  'text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', '', 'garbage', '*/*',
  'application/json, text/plain', 'application/json;;;', 'APPLICATION/JSON', ';', 'application/json; charset=utf-16', 'application/jsonx',
  'application/geo+json', 'application/json; charset=utf-8', 'application/vnd.api+json', 'text/html', `application/json; x=${'y'.repeat(2_000)}`,
];

const casings = ['lower', 'upper', 'title', 'mixed'] as const;
const recase = (name: string, casing: (typeof casings)[number]) =>
  casing === 'upper' ? name.toUpperCase()
    : casing === 'title' ? name.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => dash + c.toUpperCase())
      : casing === 'mixed' ? [...name].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join('') : name;

const headerEntry: fc.Arbitrary<[string, string]> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...Object.keys(HEADER_VALUES)).chain((name) => fc.tuple(fc.constant(name), fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HEADER_VALUES[name]!) }, { weight: 1, arbitrary: hostileText.map(headerSafe) }))) },
  { weight: 1, arbitrary: fc.tuple(fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/), hostileText.map(headerSafe)) },
);

const headers = fc.array(fc.tuple(headerEntry, fc.constantFrom(...casings)), { maxLength: 6 }).map((entries) => {
  const out: Record<string, string> = {};
  const seen = new Set<string>();
  for (const [[name, value], casing] of entries) {
    if (seen.has(name)) continue;
    seen.add(name);
    out[recase(name, casing)] = value;
  }
  return out;
});

const nest = (n: number, open: string, close: string) => open.repeat(n) + '1' + close.repeat(n);
const MALFORMED = [
  '{', '{"a":}', 'null', '', ' ', '\uFEFF{}', '"\\ud800"', 'tru', '1e99999', '[1,]', '{"a":1,"a":2}', '\u0000', '{"a":"\u0000"}',
  '{"type":"Point","coordinates":[NaN,1]}', '{"coordinates":[Infinity,-Infinity]}', "{'a':1}", '{"a":1}{"b":2}', '[' + '"x",'.repeat(3) + ']',
  '{"\\u005f_proto__":{"polluted":1}}', '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}', '{"a":{"constructor":1}}',
  'a=1&b=2', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY x SYSTEM "file:///etc/passwd">]><x>&x;</x>', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--',
];
const WIDE = [5_000, 100_000].flatMap((n) => [
  JSON.stringify(Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]))), JSON.stringify(Array.from({ length: n }, (_, i) => i))]);
const OVER_ONE_MIB = `[${'1,'.repeat(550_000)}1]`;
const DEEP = [10, 63, 64, 65, 1_000, 100_000].flatMap((n) => [nest(n, '[', ']'), nest(n, '{"a":', '}')]);

const coordinate = fc.oneof(fc.double(), fc.constantFrom(1e308, -1e308, 180.0000001, -90.1, 0, 1e-320), fc.integer());
const position = fc.array(coordinate, { maxLength: 4 });
const geometry = fc.oneof(
  fc.record({
    type: fc.constantFrom('Point', 'LineString', 'Polygon', 'MultiPolygon', 'GeometryCollection', 'Feature', 'Bogus', ''),
    coordinates: fc.oneof(position, fc.array(position, { maxLength: 5 }), fc.array(fc.array(position, { maxLength: 6 }), { maxLength: 3 }), fc.constant(null), hostileText),
  }),
  fc.constantFrom(
    { type: 'Polygon', coordinates: [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]] },
    { type: 'Polygon', coordinates: [[[100, 21], [101, 22], [101, 21]]] },
    { type: 'Polygon', coordinates: [] },
    { type: 'GeometryCollection', geometries: [{ type: 'GeometryCollection', geometries: [] }] },
    { type: 'LineString', coordinates: [[0, 0]] },
  ),
);
const FIELDS = ['name', 'password', 'unitName', 'unitType', 'level', 'version', 'code', 'geometry', 'properties', 'role', 'areas', 'id', 'type', 'features'];
const fieldValue = fc.oneof(hostileText, coordinate, fc.constant(null), fc.boolean(), geometry, fc.array(hostileText, { maxLength: 3 }), fc.jsonValue({ maxDepth: 2 }));
const jsonBody = fc.oneof(
  { weight: 3, arbitrary: fc.dictionary(fc.constantFrom(...FIELDS), fieldValue, { maxKeys: 6 }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constantFrom('Feature', 'FeatureCollection', 'feature'), geometry, properties: fc.oneof(fc.constant(null), fc.dictionary(fc.constantFrom(...FIELDS), fieldValue, { maxKeys: 4 })) }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: geometry },
).map((value) => JSON.stringify(value) ?? 'null');

const bodyText: fc.Arbitrary<string | Buffer> = fc.oneof(
  { weight: 8, arbitrary: jsonBody },
  { weight: 3, arbitrary: fc.constantFrom(...MALFORMED) },
  { weight: 1, arbitrary: fc.constantFrom(...DEEP) },
  { weight: 1, arbitrary: fc.constantFrom(...WIDE) },
  { weight: 1, arbitrary: fc.constant(OVER_ONE_MIB) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)) },
);

const body = fc.tuple(bodyText, fc.oneof(
  { weight: 6, arbitrary: fc.constant<string | undefined>('application/json') },
  { weight: 3, arbitrary: fc.constantFrom<string | undefined>(...CONTENT_TYPES) },
  { weight: 1, arbitrary: fc.constant<string | undefined>(undefined) },
), fc.constantFrom(...casings));

const ALL_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'QUERY', 'PROPFIND', 'SEARCH', 'LOCK'].filter((m) => METHODS.includes(m));

/** Hostile requests for one route: its own methods mostly, any path, query, headers and body. */
export function hostileRequests(target: RouteTarget): fc.Arbitrary<HostileRequest> {
  const names = paramNames(target.url);
  return fc.record({
    method: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...target.methods) }, { weight: 1, arbitrary: fc.constantFrom(...ALL_METHODS) }),
    path: fc.tuple(...names.map((name) => valueFor(own(target.hints, name)))),
    query: queryString(target),
    headers,
    body: fc.option(body, { freq: 2 }),
    remoteAddress: fc.oneof(fc.ipV4(), fc.ipV6()),
    anonymous: fc.nat(3).map((n) => n === 0),
  }).map(({ method, path, query, headers: extra, body: withBody, remoteAddress, anonymous }) => {
    let i = 0;
    const url = target.url.replace(PARAM, () => path[i++] ?? '') + query;
    const request: HostileRequest = { method, url, headers: { ...extra }, remoteAddress, anonymous };
    if (withBody && method !== 'HEAD') {
      const [payload, contentType, casing] = withBody;
      request.body = payload;
      if (contentType !== undefined) request.headers[recase('content-type', casing)] = contentType;
    }
    return request;
  });
}

export const statusClass = (status: number) => `${Math.floor(status / 100)}xx`;

/** A body that gives away internals: a stack frame, a file path of this checkout, a database error. */
export function leaksInternals(body: string, root: string): string | undefined {
  if (/\n\s+at .+:\d+:\d+/.test(body)) return 'a stack trace';
  if (body.includes(root) || body.includes('node_modules')) return 'a file path';
  if (/\b(syntax error at or near|relation "\w+" does not exist|violates \w+ constraint|SQLSTATE|pg_catalog)\b/i.test(body)) return 'a database error';
  return undefined;
}
