// npm run bench:tiles [-- --seconds 10 --viewports 40]
// Corridor's tile server against baselines measured in the same run (ratios, not absolute times):
//   (a) cached tiles vs. a bare Fastify route returning the same bytes        target ≥ 0.9×
//   (b) cold tiles (empty cache, real HTTP) vs. the same tile SQL run directly target ≤ 1.3×
//   (c) a naive route running the tile query per request with no cache (pg_tileserv-like)
import Fastify from 'fastify';
import { parseArgs } from 'node:util';
import { buildApp } from '../server/app';
import { readConfig } from '../server/config';
import { openDatabase } from '../server/db/open-database';
import { prepareDatabase } from '../server/prepare-database';
import { nativeTileQuery, portableTileQuery } from '../tiles/sql/tile-sql';
import { formatTable, load, type LoadResult } from './bench/load';
import { simulatedTiles } from './bench/tile-list';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, viewports: { type: 'string', default: '40' } } });
const seconds = Number(values.seconds);
const log = (message: string) => process.stderr.write(`${message}\n`);

const config = readConfig();
const db = await openDatabase(config, { log });
const postgisVersion = await prepareDatabase(db, { seedDemo: true, log });
const app = await buildApp({ db, postgisVersion, tileEncoder: config.tileEncoder });
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const encoder = app.tiles.encoderName;
const tiles = await simulatedTiles(db, Number(values.viewports));
const paths = tiles.map((t) => t.path);
log(`backend ${db.backend}, encoder ${encoder}, ${tiles.length} distinct tiles from ${values.viewports} viewports (z4–z14)`);

// (b) cold: the tile SQL alone, then the whole request path with an empty cache, tile by tile.
const queryOf = (t: (typeof tiles)[number]) => (encoder === 'native' ? nativeTileQuery : portableTileQuery)(app.tiles.layer(t.layer)!, t);
const timeEach = async (fn: (t: (typeof tiles)[number]) => Promise<unknown>) => {
  const started = performance.now();
  for (const t of tiles) await fn(t);
  return performance.now() - started;
};
await timeEach((t) => db.query(queryOf(t).sql, queryOf(t).params)); // warm the database's buffers for both
const sqlMs = await timeEach((t) => db.query(queryOf(t).sql, queryOf(t).params));
app.tiles.clearCache();
const coldMs = await timeEach(async (t) => { await (await fetch(`${base}${t.path}`, { headers: { 'accept-encoding': 'br' } })).arrayBuffer(); });
log(`cold: ${coldMs.toFixed(0)} ms over ${tiles.length} tiles; raw SQL: ${sqlMs.toFixed(0)} ms`);

// (a) cached vs. bare: the same bytes, the same headers, from a route that does nothing else.
const bytes = new Map<string, { body: Buffer; status: number; encoding?: string }>();
for (const path of paths) {
  const response = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'br' } });
  bytes.set(path, { body: Buffer.from(await response.arrayBuffer()), status: response.status, encoding: response.headers.get('content-encoding') ?? undefined });
}
const bare = Fastify();
bare.get('/tiles/*', async (request, reply) => {
  const hit = bytes.get(request.url)!;
  if (hit.encoding) reply.header('Content-Encoding', hit.encoding);
  return reply.code(hit.status).type('application/vnd.mapbox-vector-tile').send(hit.status === 204 ? undefined : hit.body);
});
// (c) naive: one tile query per request, nothing cached, as pg_tileserv does.
bare.get<{ Params: { layer: string; z: string; x: string; y: string } }>('/naive/:layer/:z/:x/:y', async (request, reply) => {
  const layer = app.tiles.layer(request.params.layer)!;
  const q = queryOf({ layer: layer.id, z: +request.params.z, x: +request.params.x, y: +request.params.y, path: '' });
  const rows = await db.query<{ mvt?: Uint8Array }>(q.sql, q.params);
  return reply.type('application/vnd.mapbox-vector-tile').send(rows[0]?.mvt ? Buffer.from(rows[0].mvt) : Buffer.from(JSON.stringify(rows)));
});
const bareBase = await bare.listen({ port: 0, host: '127.0.0.1' });

const rows: LoadResult[] = [];
rows.push(await load('bare Fastify, same bytes', bareBase, paths, seconds));
rows.push(await load('Corridor, cached', base, paths, seconds));
rows.push(await load(`naive: ${encoder} query per request`, bareBase, tiles.map((t) => `/naive/${t.layer}/${t.z}/${t.x}/${t.y}`), seconds));
const [bareRun, cachedRun, naiveRun] = rows as [LoadResult, LoadResult, LoadResult];

console.log(`\n### Tile benchmark — ${db.backend} backend (${encoder} encoder), ${tiles.length} tiles, ${seconds} s per load run\n`);
console.log(formatTable(rows));
console.log(`
| ratio | value | target |
| --- | ---: | --- |
| (a) cached ÷ bare route throughput | ${(cachedRun.requestsPerSecond / bareRun.requestsPerSecond).toFixed(2)}× | ≥ 0.9× |
| (b) cold tiles ÷ raw tile SQL time | ${(coldMs / sqlMs).toFixed(2)}× (${coldMs.toFixed(0)} ms vs ${sqlMs.toFixed(0)} ms) | ≤ 1.3× |
| (c) cached ÷ naive per-request query throughput | ${(cachedRun.requestsPerSecond / naiveRun.requestsPerSecond).toFixed(1)}× | report |
`);
await bare.close();
await app.close();
await db.close();
