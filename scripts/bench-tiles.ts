// npm run bench:tiles [-- --seconds 10 --viewports 40]
// Corridor's tile server against baselines measured in the same run (ratios, not absolute times):
//   (a) cached tiles vs. a bare Fastify route returning the same bytes        target ≥ 0.9×
//   (b) cold tiles (empty cache, real HTTP) vs. the same tile SQL run directly target ≤ 1.3×
//   (c) a naive route running the tile query per request with no cache (pg_tileserv-like)
import Fastify from 'fastify';
import { parseArgs } from 'node:util';
import { fork } from 'node:child_process';
import { buildApp } from '../server/app';
import { readConfig } from '../server/config';
import { openDatabase } from '../server/db/open-database';
import { prepareDatabase } from '../server/prepare-database';
import { nativeEncoder } from '../tiles/encoders/native-encoder';
import { portableEncoder } from '../tiles/encoders/portable-encoder';
import { nativeTileQuery, portableTileQuery } from '../tiles/sql/tile-sql';
import { formatTable, load, type LoadResult } from './bench/load';
import { simulatedTiles } from './bench/tile-list';
import { benchToken } from './bench/bench-token';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, viewports: { type: 'string', default: '40' } } });
const seconds = Number(values.seconds);
const log = (message: string) => process.stderr.write(`${message}\n`);

const config = readConfig();
const db = await openDatabase(config, { log });
const postgisVersion = await prepareDatabase(db, { seedDemo: true, log });
const app = await buildApp({ db, postgisVersion, tileEncoder: config.tileEncoder });
// Requests are signed in, as a wall screen's are: a bearer token of a bench reader.
const token = await benchToken(db);
const auth = { authorization: `Bearer ${token}` };
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const encoder = app.tiles.encoderName;
const tiles = await simulatedTiles(db, Number(values.viewports));
const paths = tiles.map((t) => t.path);
log(`backend ${db.backend}, encoder ${encoder}, ${tiles.length} distinct tiles from ${values.viewports} viewports (z4–z14)`);

// (b) cold: the tile SQL alone, then the whole request path with an empty cache, fetched by a
// client in another process. Sequentially (latency) and with 8 in flight (capacity). The floor is a
// bare Fastify route that awaits the same SQL: what HTTP alone costs on this machine.
type Tile = (typeof tiles)[number];
const queryOf = (t: Tile) => (encoder === 'native' ? nativeTileQuery : portableTileQuery)(app.tiles.layer(t.layer)!, t);
const runSql = async (t: Tile) => { const q = queryOf(t); return db.query<{ mvt?: Uint8Array }>(q.sql, q.params); };
const withData = new Set<Tile>();
const timeAll = async (list: Tile[], fn: (t: Tile) => Promise<unknown>, inFlight: number) => {
  const started = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: inFlight }, async () => { while (next < list.length) await fn(list[next++]!); }));
  return performance.now() - started;
};
// Warms the database's buffers for every run below, and notes which tiles have data.
await timeAll(tiles, async (t) => {
  const rows = await runSql(t);
  if (encoder === 'native' ? (rows[0]?.mvt?.length ?? 0) > 0 : rows.length > 0) withData.add(t);
}, 1);
const nonEmpty = tiles.filter((t) => withData.has(t));

const floor = Fastify();
const byPath = new Map(tiles.map((t) => [t.path, t]));
floor.get('/tiles/*', async (request, reply) => {
  const rows = await runSql(byPath.get(request.url)!);
  return reply.type('application/octet-stream').send(Buffer.from(JSON.stringify(rows.length)));
});
const floorBase = await floor.listen({ port: 0, host: '127.0.0.1' });
const client = async (target: string) => {
  const child = fork(new URL('./bench/fetch-client.mjs', import.meta.url), [target, token]);
  await new Promise((resolve) => child.once('message', resolve));
  return {
    fetch: (list: Tile[], inFlight: number) => new Promise<number>((resolve, reject) => {
      child.once('message', (ms) => resolve(ms as number));
      child.once('exit', (code) => reject(new Error(`load generator exited with ${code}`)));
      child.send({ paths: list.map((t) => t.path), inFlight });
    }),
    close: () => child.kill(),
  };
};
const corridorClient = await client(base);
const floorClient = await client(floorBase);
const cold = async (list: Tile[], inFlight: number) => { app.tiles.clearCache(); return corridorClient.fetch(list, inFlight); };
const b = {
  sql1: await timeAll(tiles, runSql, 1),
  engine1: await (async () => { app.tiles.clearCache(); return timeAll(tiles, (t) => app.tiles.getTile(app.tiles.layer(t.layer)!, t), 1); })(),
  cold1: await cold(tiles, 1),
  sql8: await timeAll(tiles, runSql, 8),
  cold8: await cold(tiles, 8),
  floor8: await floorClient.fetch(tiles, 8),
  dataSql8: await timeAll(nonEmpty, runSql, 8),
  dataCold8: await cold(nonEmpty, 8),
  dataFloor8: await floorClient.fetch(nonEmpty, 8),
};
corridorClient.close();
floorClient.close();
await floor.close();
log(`cold: ${b.cold1.toFixed(0)} ms sequential, ${b.cold8.toFixed(0)} ms with 8 in flight; raw SQL: ${b.sql1.toFixed(0)} / ${b.sql8.toFixed(0)} ms`);
const ratio = (x: number, y: number) => `${(x / y).toFixed(2)}× (${x.toFixed(0)} ms vs ${y.toFixed(0)} ms)`;

// (a) cached vs. bare: the same bytes, the same headers, from a route that does nothing else.
const bytes = new Map<string, { body: Buffer; status: number; encoding?: string }>();
for (const path of paths) {
  const response = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'br', ...auth } });
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
rows.push(await load('Corridor, cached', base, paths, seconds, auth));
rows.push(await load(`naive: ${encoder} query per request`, bareBase, tiles.map((t) => `/naive/${t.layer}/${t.z}/${t.x}/${t.y}`), seconds));
const [bareRun, cachedRun, naiveRun] = rows as [LoadResult, LoadResult, LoadResult];

console.log(`\n### Tile benchmark — ${db.backend} backend (${encoder} encoder), ${tiles.length} tiles, ${seconds} s per load run\n`);
console.log(formatTable(rows));
console.log(`
| ratio | value | target |
| --- | ---: | --- |
| (a) cached ÷ bare route throughput | ${(cachedRun.requestsPerSecond / bareRun.requestsPerSecond).toFixed(2)}× | ≥ 0.9× |
| (b) cold tiles ÷ raw tile SQL, 8 in flight | ${ratio(b.cold8, b.sql8)} | ≤ 1.3× |
| (b′) the same, one at a time | ${ratio(b.cold1, b.sql1)} | (latency view) |
| (b″) tile engine alone (no HTTP), one at a time | ${ratio(b.engine1, b.sql1)} | (where the time goes) |
| (b‴) only the ${nonEmpty.length} tiles with data, 8 in flight | ${ratio(b.dataCold8, b.dataSql8)} | (no empty tiles to skip) |
| floor: bare Fastify route awaiting the same SQL ÷ raw SQL, 8 in flight | ${ratio(b.floor8, b.sql8)} | (HTTP's own cost here) |
| floor, only the tiles with data | ${ratio(b.dataFloor8, b.dataSql8)} | |
| Corridor cold ÷ that floor, tiles with data | ${(b.dataCold8 / b.dataFloor8).toFixed(2)}× | (what Corridor adds to HTTP) |
| (c) cached ÷ naive per-request query throughput | ${(cachedRun.requestsPerSecond / naiveRun.requestsPerSecond).toFixed(1)}× | report |
`);
await bare.close();
await app.close();
await db.close();
