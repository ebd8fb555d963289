import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOgcTestApp, type OgcTestApp } from './ogc-test-app';

describe('OGC API – Features: errors are 404 or 400 naming the parameter, never 5xx', () => {
  let o: OgcTestApp;
  beforeAll(async () => { o = await openOgcTestApp(); });
  afterAll(async () => { await o?.close(); });

  it.each([
    '/ogc/collections/nothing',
    '/ogc/collections/nothing/items',
    '/ogc/collections/nothing/items/1',
    '/ogc/collections/checkpoints/items/NO-SUCH-CODE',
    "/ogc/collections/checkpoints/items/' or '1'='1",
    '/ogc/collections/zones/items/999999999',
    '/ogc/collections/zones/items/abc',
    '/ogc/collections/zones/items/99999999999999999999999',
  ])('%s → 404', async (url) => {
    const { status, body } = await o.get(encodeURI(url));
    expect(status).toBe(404);
    expect(body.message).toMatch(/collectionId|featureId/);
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=10001', 'limit'],
    ['limit=abc', 'limit'],
    ['limit=-5', 'limit'],
    ['offset=-1', 'offset'],
    ['bbox=1,2,3', 'bbox'],
    ['bbox=1,2,3,4,5,6', 'bbox'],
    ['bbox=100,20,101,95', 'bbox'],
    ['bbox=181,20,182,21', 'bbox'],
    ['bbox=101,20,100,21', 'bbox'],
    ['bbox=100,21,101,20', 'bbox'],
    ['bbox=a,b,c,d', 'bbox'],
    ['bbox=', 'bbox'],
    ['f=html', 'f'],
    ['colour=red', 'colour'],
    ['personnel=many', 'personnel'],
    ['personnel=1e400', 'personnel'],
    ['staffed24h=yes', 'staffed24h'],
    ['status=alert&status=closed', 'status'],
  ])('checkpoints/items?%s → 400 naming %s', async (query, parameter) => {
    const { status, body } = await o.get(`/ogc/collections/checkpoints/items?${query}`);
    expect(status).toBe(400);
    expect(body.message).toContain(parameter);
  });

  it('rejects a filter on a property that has no equality', async () => {
    const { status, body } = await o.get('/ogc/collections/zones/items?updatedAt=2024-01-01');
    expect(status).toBe(400);
    expect(body.message).toContain('updatedAt');
  });

  it('does not take another collection\'s property as a filter', async () => {
    const { status, body } = await o.get('/ogc/collections/zones/items?status=alert');
    expect(status).toBe(400);
    expect(body.message).toContain('status');
  });

  it('400s on the metadata routes for an unknown encoding', async () => {
    const { status, body } = await o.get('/ogc/collections?f=xml');
    expect(status).toBe(400);
    expect(body.message).toContain('f');
  });
});
