import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OGC_COLLECTIONS } from '../../server/services/ogc/ogc-collections';
import { ALL_LAYERS } from '../../tiles/layers/layer-registry';
import { EXPECTED_GEOMETRY, openOgcTestApp, TABLES, type OgcTestApp } from './ogc-test-app';

const CONF = 'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf';
const ABSOLUTE = /^http:\/\/corridor\.test\//;
const host = { host: 'corridor.test' };

describe('OGC API – Features: landing page, conformance and collections', () => {
  let o: OgcTestApp;
  beforeAll(async () => { o = await openOgcTestApp(); });
  afterAll(async () => { await o?.close(); });

  it('links the landing page to the API definition, conformance and data with absolute hrefs', async () => {
    const { status, type, body } = await o.get('/ogc', host);
    expect(status).toBe(200);
    expect(type).toMatch(/^application\/json/);
    const byRel = Object.fromEntries(body.links.map((l: { rel: string }) => [l.rel, l]));
    expect(Object.keys(byRel)).toEqual(expect.arrayContaining(['self', 'service-desc', 'conformance', 'data']));
    expect(byRel['service-desc'].href).toBe('http://corridor.test/docs/json');
    expect(byRel.conformance.href).toBe('http://corridor.test/ogc/conformance');
    expect(byRel.data.href).toBe('http://corridor.test/ogc/collections');
    for (const link of body.links) {
      expect(link.href).toMatch(ABSOLUTE);
      expect(link.type).toEqual(expect.any(String));
      expect(link.title).toEqual(expect.any(String));
    }
  });

  it('declares the routes in the OpenAPI document it links to', async () => {
    const { status, body } = await o.get('/docs/json');
    expect(status).toBe(200);
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining([
      '/ogc', '/ogc/conformance', '/ogc/collections', '/ogc/collections/{collectionId}',
      '/ogc/collections/{collectionId}/items', '/ogc/collections/{collectionId}/items/{featureId}',
    ]));
  });

  it('conforms to core, GeoJSON and OpenAPI 3.0', async () => {
    const { status, body } = await o.get('/ogc/conformance?f=json');
    expect(status).toBe(200);
    expect(body.conformsTo).toEqual(expect.arrayContaining([`${CONF}/core`, `${CONF}/geojson`, `${CONF}/oas30`]));
  });

  it('lists one collection per tile layer, with its extent and items links', async () => {
    const { status, body } = await o.get('/ogc/collections', host);
    expect(status).toBe(200);
    expect(body.collections.map((c: { id: string }) => c.id)).toEqual(ALL_LAYERS.map((l) => l.id));
    for (const c of body.collections) {
      const layer = ALL_LAYERS.find((l) => l.id === c.id)!;
      expect(c.title).toBe(layer.title);
      expect(c.description).toBe(layer.description);
      expect(c.itemType).toBe('feature');
      expect(c.crs).toEqual(['http://www.opengis.net/def/crs/OGC/1.3/CRS84']);
      const [minLon, minLat, maxLon, maxLat] = c.extent.spatial.bbox[0];
      expect(minLon).toBeLessThanOrEqual(maxLon);
      expect(minLat).toBeLessThanOrEqual(maxLat);
      expect(minLon).toBeGreaterThanOrEqual(-180);
      expect(maxLat).toBeLessThanOrEqual(90);
      const items = c.links.filter((l: { rel: string }) => l.rel === 'items');
      expect(items.map((l: { type: string }) => l.type)).toContain('application/geo+json');
      for (const link of c.links) expect(link.href).toMatch(ABSOLUTE);
      const one = await o.get(`/ogc/collections/${c.id}`, host);
      expect(one.status).toBe(200);
      expect(one.body).toEqual(c);
    }
  });

  it('reports the extent that st_extent computes', async () => {
    const { body } = await o.get('/ogc/collections/checkpoints');
    const [row] = await o.t.db.query<{ b: number[] }>(
      'select array[st_xmin(e), st_ymin(e), st_xmax(e), st_ymax(e)] as b from (select st_extent(geom)::geometry as e from checkpoints) s');
    body.extent.spatial.bbox[0].forEach((v: number, i: number) => expect(v).toBeCloseTo(row!.b[i]!, 5));
  });

  it.each(ALL_LAYERS.map((l) => l.id))('%s: serves GeoJSON features of the right type, each also by id', async (id) => {
    const { status, type, body } = await o.get(`/ogc/collections/${id}/items?limit=5`);
    expect(status).toBe(200);
    expect(type).toMatch(/^application\/geo\+json/);
    expect(body.type).toBe('FeatureCollection');
    expect(body.numberReturned).toBe(body.features.length);
    expect(body.features.length).toBeGreaterThan(0);
    expect(body.features.length).toBeLessThanOrEqual(5);
    expect(body.numberMatched).toBe(await o.count(`select count(*)::int as n from ${TABLES[id]}`));
    expect(Date.parse(body.timeStamp)).not.toBeNaN();
    const names = OGC_COLLECTIONS.get(id)!.properties.map((p) => p.name);
    for (const feature of body.features) {
      expect(feature.type).toBe('Feature');
      expect(feature.geometry.type).toBe(EXPECTED_GEOMETRY[id]);
      expect(Object.keys(feature.properties).sort()).toEqual([...names].sort());
    }
    const first = body.features[0];
    const one = await o.get(`/ogc/collections/${id}/items/${encodeURIComponent(first.id)}`);
    expect(one.status).toBe(200);
    expect(one.type).toMatch(/^application\/geo\+json/);
    const { links, ...feature } = one.body;
    expect(feature).toEqual(first);
    expect(links.find((l: { rel: string }) => l.rel === 'self').href).toContain(`/ogc/collections/${id}/items/`);
  });

  it('uses the numeric id for zones and the code elsewhere', async () => {
    const zones = (await o.get('/ogc/collections/zones/items?limit=1')).body;
    expect(zones.features[0].id).toEqual(expect.any(Number));
    expect(zones.features[0].id).toBe(zones.features[0].properties.id);
    const checkpoints = (await o.get('/ogc/collections/checkpoints/items?limit=1')).body;
    expect(checkpoints.features[0].id).toBe(checkpoints.features[0].properties.code);
  });

  it('carries no segment chiefs (personal data has its own route)', async () => {
    const { body } = await o.get('/ogc/collections/border-segments/items?limit=3');
    const text = JSON.stringify(body.features);
    expect(text).not.toMatch(/chief/i);
    expect(Object.keys(body.features[0].properties)).toEqual(expect.arrayContaining(
      ['code', 'lineId', 'seq', 'fromKm', 'toKm', 'lengthKm', 'countyCode', 'townshipCode']));
  });

  it('answers plain JSON for f=json or an Accept of application/json, GeoJSON otherwise', async () => {
    expect((await o.get('/ogc/collections/checkpoints/items?limit=1&f=json')).type).toMatch(/^application\/json/);
    expect((await o.get('/ogc/collections/checkpoints/items?limit=1', { accept: 'application/json' })).type).toMatch(/^application\/json/);
    expect((await o.get('/ogc/collections/checkpoints/items?limit=1', { accept: 'application/geo+json, application/json' })).type)
      .toMatch(/^application\/geo\+json/);
    expect((await o.get('/ogc/collections/checkpoints/items?limit=1&f=geojson')).type).toMatch(/^application\/geo\+json/);
    const one = await o.get('/ogc/collections/checkpoints/items?limit=1&f=json');
    expect(one.body.features).toHaveLength(1);
  });
});
