import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  discoverKnownValues, hostileRequests, leaksInternals, plainGet, prepare, routeTargets, statusClass, useAuthorization,
  type HostileRequest, type KnownValues, type OpenApiDocument, type RouteTarget, type Send,
} from '../helpers/hostile-requests';
import { openTestApp } from '../helpers/test-app';
import { TEST_USERS } from '../helpers/test-users';
import { createApiToken, findUserByName } from '../../server/auth/users-repository';
import type { TestDatabase } from '../helpers/test-database';

// Property-based requests against every route the app registers (new routes are covered without
// touching this file). A fixed seed keeps runs repeatable; HOSTILE_SEED and HOSTILE_RUNS change them.
const SEED = Number(process.env.HOSTILE_SEED ?? 20_240_605);
const TOTAL_RUNS = Number(process.env.HOSTILE_RUNS ?? 2_000);

const injectSend = (app: FastifyInstance): Send => async (request) => {
  const response = await app.inject({
    method: request.method as InjectOptions['method'], url: request.url, headers: request.headers,
    payload: request.body, remoteAddress: request.remoteAddress,
  });
  return { statusCode: response.statusCode, headers: response.headers, body: response.body };
};

const describeRequest = (r: HostileRequest) =>
  `${r.method} ${r.url.slice(0, 300)} headers=${JSON.stringify(r.headers).slice(0, 300)} body=${String(r.body ?? '').slice(0, 200)}`;

describe('hostile input', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let send: Send;
  let clientDir: string;
  let known: KnownValues;
  let targets: RouteTarget[];
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    // A stand-in client build, so the static routes and the page's headers are part of the storm.
    clientDir = mkdtempSync(join(tmpdir(), 'corridor-hostile-client-'));
    mkdirSync(join(clientDir, 'assets'));
    writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Corridor</title><script type="module" src="/assets/main.js"></script>');
    writeFileSync(join(clientDir, 'assets', 'main.js'), 'export {};');
    ({ t, app } = await openTestApp({ clientDir }));
    await app.ready();
    const admin = (await findUserByName(t.db, TEST_USERS.admin.name))!;
    useAuthorization(`Bearer ${(await createApiToken(t.db, admin.id, 'hostile input')).token}`);
    send = injectSend(app);
    known = await discoverKnownValues(send);
    const openapi = JSON.parse((await send(await prepare(plainGet('/docs/json')))).body) as OpenApiDocument;
    targets = routeTargets(app.auth.routes(), openapi, known);
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await app?.close();
    await t?.dispose();
    if (clientDir) rmSync(clientDir, { recursive: true, force: true });
  });

  it('targets every route the app registered, with real values to start from', () => {
    const urls = new Set(app.auth.routes().map((r) => r.url));
    expect(urls.size).toBeGreaterThan(20);
    for (const url of ['/api/health', '/tiles/:layer/:z/:x/:y.mvt', '/ogc/collections/:collectionId/items', '/docs/json', '/']) {
      expect(urls, url).toContain(url);
    }
    expect(targets.map((target) => target.url).sort()).toEqual([...urls, '/:nowhere'].sort());
    expect(known.params.layer).toContain('checkpoints');
    expect(known.params.code?.length).toBeGreaterThan(0);
    expect(known.realTile).toMatch(/^\/tiles\/checkpoints\//);
  });

  it('serves the page with a strict Content-Security-Policy that still lets the map run', async () => {
    const page = await send(plainGet('/'));
    expect(page.statusCode).toBe(200);
    const csp = String(page.headers['content-security-policy']);
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives.get('font-src')).toEqual(["'self'", 'data:']);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.has('upgrade-insecure-requests')).toBe(false);
    expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    // Swagger UI injects one <style> element: its page alone may have inline styles.
    const docs = await send(await prepare(plainGet('/docs/')));
    expect(String(docs.headers['content-security-policy'])).toMatch(/style-src 'self' 'unsafe-inline'/);
    expect(String(docs.headers['content-security-policy'])).toMatch(/script-src 'self';/);
  });

  it(`answers at least ${TOTAL_RUNS} hostile requests across every route without a 5xx or a leak`, async () => {
    const counts: Record<string, number> = {};
    const perTarget = Math.ceil(TOTAL_RUNS / targets.length);
    let sent = 0;
    for (const [index, target] of targets.entries()) {
      const property = fc.asyncProperty(hostileRequests(target), async (generated) => {
        const request = await prepare(generated);
        const response = await send(request);
        sent++;
        counts[statusClass(response.statusCode)] = (counts[statusClass(response.statusCode)] ?? 0) + 1;
        if (response.statusCode >= 500) {
          throw new Error(`${response.statusCode} for ${describeRequest(request)}: ${response.body.slice(0, 300)}`);
        }
        const leak = leaksInternals(response.body, process.cwd());
        if (leak) throw new Error(`${leak} in the answer to ${describeRequest(request)}: ${response.body.slice(0, 300)}`);
      });
      const seed = SEED + index;
      try {
        await fc.assert(property, { numRuns: perTarget, seed });
      } catch (error) {
        throw new Error(`hostile input on ${target.url} failed with seed ${seed} (rerun: HOSTILE_SEED=${SEED}): ${(error as Error).message}`);
      }
    }
    console.info(`hostile input: ${sent} requests over ${targets.length} routes (seed ${SEED}):`, counts);
    expect(sent).toBeGreaterThanOrEqual(TOTAL_RUNS);
    expect(Object.keys(counts).filter((c) => c >= '5xx')).toEqual([]);
  });

  it('is healthy afterwards: health answers, a real tile is still served, nothing was left unhandled', async () => {
    const health = await send(await prepare(plainGet('/api/health')));
    expect(health.statusCode).toBe(200);
    expect(JSON.parse(health.body).status).toBe('ok');
    const tile = await send(await prepare(plainGet(known.realTile!)));
    expect(tile.statusCode).toBe(200);
    expect(tile.headers['content-type']).toBe('application/vnd.mapbox-vector-tile');
    expect(tile.body.length).toBeGreaterThan(0);
    expect(unhandled).toEqual([]);
  });
});
