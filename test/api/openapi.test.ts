import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Type } from 'typebox';
import { buildApp } from '../../server/app';
import type { TestDatabase } from '../helpers/test-database';
import { openTestApp } from '../helpers/test-app';

describe('the API contract', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ t, app } = await openTestApp());
  });
  afterAll(async () => { await app?.close(); await t?.dispose(); });

  it('serves OpenAPI 3 at /docs/json listing every API route with its responses', async () => {
    const doc = (await app.inject('/docs/json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    const paths = Object.keys(doc.paths);
    for (const path of ['/api/health', '/api/search', '/api/stats', '/api/segments/{code}', '/tiles', '/tiles/{layer}/{z}/{x}/{y}.mvt', '/ogc/collections/{collectionId}/items']) {
      expect(paths, path).toContain(path);
    }
    for (const [path, methods] of Object.entries(doc.paths as Record<string, Record<string, { responses?: object }>>)) {
      for (const [method, operation] of Object.entries(methods)) {
        expect(Object.keys(operation.responses ?? {}).length, `${method} ${path}`).toBeGreaterThan(0);
      }
    }
  });

  it('serves the browsable docs page from the app itself', async () => {
    const page = await app.inject('/docs/');
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/swagger-ui/);
    const script = /src="\.?\/?([^"]*swagger-ui-bundle\.js)"/.exec(page.body)?.[1];
    expect(script).toBeTruthy();
    expect((await app.inject(`/docs/${script!.replace(/^\/?docs\//, '')}`)).statusCode).toBe(200);
    expect(page.body).not.toMatch(/https?:\/\/(?!127\.0\.0\.1|localhost)[a-z0-9.-]+\.(com|org|net|io)\/[^"']*\.(js|css)/i);
  });

  it('refuses to start when an API route has no response schema', async () => {
    const broken = await buildApp({ db: t.db, postgisVersion: t.postgisVersion });
    expect(() => broken.get('/api/unchecked', async () => ({}))).toThrow(/has no response schema/);
    expect(() => broken.get('/api/checked', { schema: { response: { 200: Type.Object({}) } } }, async () => ({}))).not.toThrow();
    await broken.close();
  });
});
