// npm run bench:tiles [-- --seconds 10 --viewports 40]
// Corridor's tile server against baselines measured in the same run (ratios, not absolute times):
//   (a) cached tiles vs. a bare Fastify route returning the same bytes        target ≥ 0.9×
//   (b) cold tiles (empty cache, real HTTP) vs. the same tile SQL run directly target ≤ 1.3×
//   (c) a naive route running the tile query per request with no cache (pg_tileserv-like)
import Fastify from 'fastify';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { buildApp } from '../server/app';
import { readConfig } from '../server/config';
import { openDatabase } from '../server/db/open-database';
import { prepareDatabase } from '../server/prepare-database';
import { nativeEncoder } from '../tiles/encoders/native-encoder';
import { portableEncoder } from '../tiles/encoders/portable-encoder';
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

// (b) cold: the tile SQL alone, then the whole request path with an empty cache. Sequentially
// (latency: one request at a time) and with 8 in flight (capacity: HTTP overlaps the database).
const queryOf = (t: (typeof tiles)[number]) => (encoder === 'native' ? nativeTileQuery : portableTileQuery)(app.tiles.layer(t.layer)!, t);
const runSql = (t: (typeof tiles)[number]) => { const q = queryOf(t); return db.query(q.sql, q.params); };
const fetchAll = (inFlight: number) => new Promise<number>((resolve, reject) => {
  const worker = new Worker(new URL('./bench/fetch-worker.mjs', import.meta.url), { workerData: { base, paths, inFlight } });
  worker.once('message', resolve);
  worker.once('error', reject);
});
const timeAll = async (fn: (t: (typeof tiles)[number]) => Promise<unknown>, inFlight: number) => {
  const started = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: inFlight }, async () => { while (next < tiles.length) await fn(tiles[next++]!); }));
  return performance.now() - started;
};
await timeAll(runSql, 1); // warm the database's buffers for every run below
const sqlMs = await timeAll(runSql, 1);
app.tiles.clearCache();
const engineMs = await timeAll((t) => app.tiles.getTile(app.tiles.layer(t.layer)!, t), 1);
app.tiles.clearCache();
const coldMs = await fetchAll(1);
const sqlParallelMs = await timeAll(runSql, 8);
app.tiles.clearCache();
const coldParallelMs = await fetchAll(8);
log(`cold: ${coldMs.toFixed(0)} ms sequential, ${coldParallelMs.toFixed(0)} ms with 8 in flight; raw SQL: ${sqlMs.toFixed(0)} / ${sqlParallelMs.toFixed(0)} ms`);

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
const naiveEncoder = encoder === 'native' ? nativeEncoder : portableEncoder;
bare.get<{ Params: { layer: string; z: string; x: string; y: string } }>('/naive/:layer/:z/:x/:y', async (request, reply) => {
  const layer = app.tiles.layer(request.params.layer)!;
  const bytes = await naiveEncoder.encode(db, layer, { z: +request.params.z, x: +request.params.x, y: +request.params.y });
  if (bytes.length === 0) return reply.code(204).send();
  return reply.type('application/vnd.mapbox-vector-tile').send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
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
| (b) cold tiles ÷ raw tile SQL, 8 in flight | ${(coldParallelMs / sqlParallelMs).toFixed(2)}× (${coldParallelMs.toFixed(0)} ms vs ${sqlParallelMs.toFixed(0)} ms) | ≤ 1.3× |
| (b′) the same, one at a time | ${(coldMs / sqlMs).toFixed(2)}× (${coldMs.toFixed(0)} ms vs ${sqlMs.toFixed(0)} ms) | (latency view) |
| (b″) tile engine alone (no HTTP), one at a time | ${(engineMs / sqlMs).toFixed(2)}× (${engineMs.toFixed(0)} ms vs ${sqlMs.toFixed(0)} ms) | (where the time goes) |
| (c) cached ÷ naive per-request query throughput | ${(cachedRun.requestsPerSecond / naiveRun.requestsPerSecond).toFixed(1)}× | report |
`);
await bare.close();
await app.close();
await db.close();
