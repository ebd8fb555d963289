// npm run fuzz [-- --runs 20000 --seed 1 --concurrency 8 --url http://host:port]
// Hostile requests (test/helpers/hostile-requests.ts) against a real listening Corridor over HTTP.
// Without --url it forks a server of its own over a throwaway copy of the demo data (a database
// `corridor_fuzz_*` on DATABASE_URL's server, or a temporary embedded one) and reports the server's
// memory before and after (after a GC). Exit code 1 on any 5xx, a crash, or an unhealthy server.
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import pg from 'pg';
import {
  discoverKnownValues, hostileRequests, leaksInternals, plainGet, prepare, routesFromOpenApi, routeTargets, statusClass, useAuthorization,
  type HostileRequest, type HostileResponse, type OpenApiDocument, type Send,
} from '../test/helpers/hostile-requests';

const log = (message: string) => process.stderr.write(`[fuzz] ${message}\n`);
type Memory = NodeJS.MemoryUsage & { gc: boolean; errorsLogged: number };
type FromServer =
  | { type: 'ready'; port: number; routes: Array<{ method: string; url: string }>; token: string }
  | { type: 'memory'; memory: Memory }
  | { type: 'crash'; reason: string };

// ---- the server under test (a child process, so its memory is its own) -------------------------

async function serve() {
  const [{ buildApp }, { openDatabase }, { prepareDatabase }, { readConfig }] = await Promise.all([
    import('../server/app'), import('../server/db/open-database'), import('../server/prepare-database'), import('../server/config'),
  ]);
  const send = (message: FromServer) => process.send?.(message);
  for (const event of ['unhandledRejection', 'uncaughtException'] as const) {
    process.on(event, (reason) => send({ type: 'crash', reason: `${event}: ${(reason as Error)?.stack ?? String(reason)}` }));
  }
  // One address sends every request: raise the write limit so writes reach the routes.
  process.env.RATE_LIMIT_WRITES_PER_MINUTE ??= '1000000000';
  const config = readConfig();
  const url = config.databaseUrl;
  const name = `corridor_fuzz_${randomBytes(5).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try { await client.query(sql); } finally { await client.end(); }
  };
  let databaseUrl: string | undefined;
  let dataDir = '';
  if (url) {
    await admin(`create database "${name}"`); // the name is ours: letters, digits and underscores
    const target = new URL(url);
    target.pathname = `/${name}`;
    databaseUrl = target.toString();
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'corridor-fuzz-'));
  }
  const db = await openDatabase({ ...config, databaseUrl, dataDir }, { log, onPoolError: () => undefined });
  const postgisVersion = await prepareDatabase(db, { seedDemo: true, log });
  let errorsLogged = 0;
  const clientDir = existsSync(join(config.clientDir, 'index.html')) ? config.clientDir : undefined;
  const app = await buildApp({
    db, postgisVersion, clientDir, tileEncoder: config.tileEncoder, publicRead: true,
    logger: { level: 'error', stream: { write: (line: string) => { if (errorsLogged++ < 5) process.stderr.write(`[server] ${line.slice(0, 2_000)}`); } } },
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const memory = (): Memory => {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    return { ...process.memoryUsage(), gc: gc !== undefined, errorsLogged };
  };
  const stop = async (code: number) => {
    await app.close();
    await db.close();
    if (url) await admin(`drop database if exists "${name}" with (force)`);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    process.exit(code);
  };
  process.on('message', (message: { type: string }) => {
    if (message.type === 'memory') send({ type: 'memory', memory: memory() });
    if (message.type === 'stop') void stop(0);
  });
  process.once('disconnect', () => void stop(1)); // the fuzzer went away: clean up all the same
  // The fuzzer's requests are an admin's, through a bearer token, so that every route is reached.
  const { insertUser, createApiToken } = await import('../server/auth/users-repository');
  const fuzzAdmin = await insertUser(db, { name: `fuzz-admin-${randomBytes(4).toString('hex')}`, role: 'admin', password: randomBytes(24).toString('base64url') });
  const { token } = await createApiToken(db, fuzzAdmin.id, 'fuzz');
  send({ type: 'ready', port: Number(new URL(address).port), routes: app.auth.routes().map(({ method, url }) => ({ method, url })), token });
}

// ---- the client ----------------------------------------------------------------------------

/**
 * One connection per request: Fastify answers a refused head (431, 400) without `Connection: close`
 * and closes the socket, so a pooled connection would hand the next request a dead socket.
 */
function httpSender(base: URL): Send {
  return (request: HostileRequest) => new Promise<HostileResponse>((resolve, reject) => {
    let answered = false;
    // Node frames a GET, DELETE or OPTIONS body with no length unless told: the server would read
    // the body as the next request. A body always goes with its Content-Length here.
    const headers = request.body === undefined ? request.headers : { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) };
    const req = http.request({
      agent: false, host: base.hostname, port: base.port, method: request.method, path: request.url, headers, timeout: 90_000,
    }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ statusCode: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 90 s')));
    // The server may answer (413, 415) and close before a large body is written: the answer counts.
    req.on('error', (error) => { if (!answered) reject(error); });
    req.end(request.body);
  });
}

interface Tally { byClass: Record<string, number>; noAnswer: Record<string, number>; noAnswerExamples: string[]; failures: string[]; sent: number }

const headerBytes = (r: HostileRequest) => r.url.length + Object.entries(r.headers).reduce((n, [k, v]) => n + k.length + Buffer.byteLength(v, 'latin1') + 4, 0);
const describeRequest = (r: HostileRequest) => `${r.method} ${r.url.slice(0, 200)} ${JSON.stringify(r.headers).slice(0, 200)} body=${String(r.body ?? '').slice(0, 120)}`;

async function storm(send: Send, requests: Iterable<HostileRequest>, concurrency: number, tally: Tally) {
  const iterator = requests[Symbol.iterator]();
  const worker = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      const request = await prepare(next.value);
      try {
        const response = await send(request);
        tally.byClass[statusClass(response.statusCode)] = (tally.byClass[statusClass(response.statusCode)] ?? 0) + 1;
        const leak = leaksInternals(response.body, process.cwd());
        if (response.statusCode >= 500 || leak) {
          tally.failures.push(`${response.statusCode}${leak ? ` (${leak})` : ''} for ${describeRequest(request)}: ${response.body.slice(0, 300)}`);
        }
      } catch (error) {
        // Node's parser refuses a head over 16 KB (431) and closes the connection, often before the
        // answer is read; the client adds headers of its own, hence the margin.
        const oversize = headerBytes(request) > 15_000 ? ' (head near or over 16 KB: refused by the HTTP parser)' : '';
        const code = `${(error as NodeJS.ErrnoException).code ?? (error as Error).message}${oversize}`;
        tally.noAnswer[code] = (tally.noAnswer[code] ?? 0) + 1;
        if (tally.noAnswerExamples.length < 10) tally.noAnswerExamples.push(`${code}: ${describeRequest(request)}`);
      }
      if (++tally.sent % 2_000 === 0) log(`${tally.sent} sent: ${JSON.stringify(tally.byClass)}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** Round-robin over the routes, each batch from its own seed, generated as they are sent. */
function* requestsFor(targets: ReturnType<typeof routeTargets>, runs: number, seed: number): Generator<HostileRequest> {
  const perBatch = 10;
  for (let produced = 0, batch = 0; produced < runs; batch++) {
    for (const [index, target] of targets.entries()) {
      for (const request of fc.sample(hostileRequests(target), { numRuns: perBatch, seed: seed + batch * 1_000 + index })) {
        if (produced++ >= runs) return;
        yield request;
      }
    }
  }
}

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

async function main() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '20000' }, seed: { type: 'string', default: String(Date.now() % 1_000_000) },
      concurrency: { type: 'string', default: '8' }, url: { type: 'string' }, serve: { type: 'boolean', default: false },
    },
  });
  if (values.serve) return serve();
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  const concurrency = Number(values.concurrency);
  if (![runs, seed, concurrency].every((n) => Number.isInteger(n) && n >= 0) || concurrency < 1) throw new Error('--runs, --seed and --concurrency take whole numbers');

  let child: ChildProcess | undefined;
  const messages: FromServer[] = [];
  const waitFor = <T extends FromServer['type']>(type: T) => new Promise<Extract<FromServer, { type: T }>>((resolve, reject) => {
    const found = messages.findIndex((m) => m.type === type);
    if (found >= 0) return resolve(messages.splice(found, 1)[0] as Extract<FromServer, { type: T }>);
    const onMessage = (m: FromServer) => { if (m.type === type) { child!.off('message', onMessage); messages.splice(messages.indexOf(m), 1); resolve(m as never); } };
    child!.on('message', onMessage);
    child!.once('exit', (code) => reject(new Error(`the server exited (${code}) before it sent "${type}"`)));
  });
  const memory = async () => { child!.send({ type: 'memory' }); return (await waitFor('memory')).memory; };

  let base: URL;
  let routes: Array<{ method: string; url: string }> | undefined;
  if (values.url) {
    base = new URL(values.url);
  } else {
    log('starting a server over a throwaway copy of the demo data…');
    child = fork(fileURLToPath(import.meta.url), ['--serve'], { execArgv: [...process.execArgv, '--expose-gc'], stdio: 'inherit' });
    child.on('message', (m: FromServer) => messages.push(m));
    const ready = await waitFor('ready');
    base = new URL(`http://127.0.0.1:${ready.port}`);
    routes = ready.routes;
    useAuthorization(`Bearer ${ready.token}`);
  }
  const send = httpSender(base);
  const known = await discoverKnownValues(send);
  const openapi = JSON.parse((await send(await prepare(plainGet('/docs/json')))).body) as OpenApiDocument;
  const targets = routeTargets(routes ?? routesFromOpenApi(openapi), openapi, known);
  const before = child ? await memory() : undefined;
  log(`${runs} requests over ${targets.length} routes of ${base.origin}, ${concurrency} at a time, seed ${seed}`);

  const tally: Tally = { byClass: {}, noAnswer: {}, noAnswerExamples: [], failures: [], sent: 0 };
  const started = performance.now();
  await storm(send, requestsFor(targets, runs, seed), concurrency, tally);
  const seconds = (performance.now() - started) / 1000;

  const health = await send(await prepare(plainGet('/api/health')));
  const tile = known.realTile ? await send(await prepare(plainGet(known.realTile))) : undefined;
  const after = child ? await memory() : undefined;
  const crashes = messages.filter((m): m is Extract<FromServer, { type: 'crash' }> => m.type === 'crash');

  console.log(`\nfuzz: ${tally.sent} requests in ${seconds.toFixed(1)} s (${(tally.sent / seconds).toFixed(0)}/s), seed ${seed}`);
  console.log('by status class:', Object.fromEntries(Object.entries(tally.byClass).sort()));
  if (Object.keys(tally.noAnswer).length > 0) console.log('no answer (refused by the client or the connection):', tally.noAnswer);
  for (const example of tally.noAnswerExamples) console.log(`  ${example}`);
  console.log(`5xx or leaks: ${tally.failures.length}; crashes (unhandled rejections, uncaught exceptions): ${crashes.length}`);
  for (const failure of tally.failures.slice(0, 10)) console.log(`  ${failure}`);
  for (const crash of crashes.slice(0, 5)) console.log(`  ${crash.reason.slice(0, 500)}`);
  console.log(`afterwards: GET /api/health ${health.statusCode}; ${known.realTile ?? '(no tile with data found)'} ${tile?.statusCode ?? '-'} (${tile?.body.length ?? 0} bytes)`);
  if (before && after) {
    const row = (key: 'rss' | 'heapUsed' | 'heapTotal' | 'external') => `${key} ${mb(before[key])} → ${mb(after[key])} (${after[key] >= before[key] ? '+' : ''}${mb(after[key] - before[key])})`;
    console.log(`server memory${after.gc ? ' after a GC' : ' (no GC exposed)'}: ${row('rss')}, ${row('heapUsed')}, ${row('heapTotal')}, ${row('external')}`);
  }
  const healthy = health.statusCode === 200 && (!known.realTile || tile?.statusCode === 200);
  if (child) {
    child.send({ type: 'stop' });
    await new Promise((resolve) => child!.once('exit', resolve));
  }
  if (tally.failures.length > 0 || crashes.length > 0 || !healthy) {
    console.log(`FAILED (rerun with --seed ${seed})`);
    process.exitCode = 1;
  }
}

await main();
