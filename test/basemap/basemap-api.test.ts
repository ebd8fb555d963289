import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBasemapStyle } from '../../tiles/basemap/basemap-style';
import { decodeTile, lonLatToTile } from '../helpers/tile-helpers';
import type { TestDatabase } from '../helpers/test-database';
import { openTestApp } from '../helpers/test-app';

const HOST = 'wall-3.cc.local:8080';
const ORIGIN = `http://${HOST}`;
const CHINA_Z3 = '/basemap/3/6/3.mvt';

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('GET /basemap', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ t, app } = await openTestApp());
  });
  afterAll(async () => { await app?.close(); await t?.dispose(); });

  it('serves a valid style whose only URL is this server, labels in Chinese by default', async () => {
    const response = await app.inject({ url: '/basemap/style.json', headers: { host: HOST } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const style = response.json();
    expect(validateStyleMin(style)).toEqual([]);
    // The response schema must not strip anything the builder wrote.
    expect(style).toEqual(buildBasemapStyle({ origin: ORIGIN, lang: 'zh-CN' }));
    expect(strings(style).filter((s) => /^(https?:)?\/\//i.test(s) && !s.startsWith(`${ORIGIN}/`))).toEqual([]);
    expect(style.sources.basemap.tiles).toEqual([`${ORIGIN}/basemap/{z}/{x}/{y}.mvt`]);
  });

  it('serves English labels on ?lang=en and refuses an unknown language', async () => {
    const en = await app.inject({ url: '/basemap/style.json?lang=en', headers: { host: HOST } });
    expect(validateStyleMin(en.json())).toEqual([]);
    expect(en.json()).toEqual(buildBasemapStyle({ origin: ORIGIN, lang: 'en' }));
    const fr = await app.inject('/basemap/style.json?lang=fr');
    expect(fr.statusCode).toBe(400);
    expect(fr.json().message).toMatch(/lang/);
  });

  it('serves the four layers over China at z3, China\'s border marked and named in Chinese', async () => {
    const response = await app.inject({ url: CHINA_Z3 });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.mapbox-vector-tile');
    const tile = decodeTile(response.rawPayload);
    expect(Object.keys(tile).sort()).toEqual(['boundaries', 'countries', 'country-labels', 'land']);
    expect(tile.boundaries!.features.filter((f) => f.properties.china === true).length).toBeGreaterThan(0);
    const names = tile['country-labels']!.features.map((f) => f.properties.nameZh);
    expect(names).toEqual(expect.arrayContaining(['中国', '缅甸', '老挝', '越南']));
    expect(tile.countries!.features.find((f) => f.properties.iso === '156')?.properties.nameZh).toBe('中国');
  });

  it('serves China\'s provincial lines at z5 over Yunnan, and none at z3', async () => {
    const { z, x, y } = lonLatToTile(100.5, 25, 5);
    const response = await app.inject(`/basemap/${z}/${x}/${y}.mvt`);
    expect(response.statusCode).toBe(200);
    const lines = decodeTile(response.rawPayload)['admin1-boundaries']?.features ?? [];
    expect(lines.filter((f) => f.properties.china === true && f.type === 2).length).toBeGreaterThan(0);
    expect(decodeTile((await app.inject(CHINA_Z3)).rawPayload)).not.toHaveProperty('admin1-boundaries');
  });

  it('answers open sea with 204', async () => {
    const { z, x, y } = lonLatToTile(-130, -45, 4);
    const response = await app.inject(`/basemap/${z}/${x}/${y}.mvt`);
    expect(response.statusCode).toBe(204);
    expect(response.rawPayload.length).toBe(0);
  });

  it('serves zooms past the data\'s detail (z9–z14) cut from z8', async () => {
    const { z, x, y } = lonLatToTile(97.5, 24.5, 14);
    const response = await app.inject(`/basemap/${z}/${x}/${y}.mvt`);
    expect(response.statusCode).toBe(200);
    expect(decodeTile(response.rawPayload).countries?.features.length).toBeGreaterThan(0);
  });

  it('compresses by Accept-Encoding, the same tile behind each, with ETags and 304', async () => {
    const plain = await app.inject({ url: CHINA_Z3 });
    const br = await app.inject({ url: CHINA_Z3, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    const gz = await app.inject({ url: CHINA_Z3, headers: { 'accept-encoding': 'gzip' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(brotliDecompressSync(br.rawPayload)).toEqual(plain.rawPayload);
    expect(gunzipSync(gz.rawPayload)).toEqual(plain.rawPayload);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(new Set([plain.headers.etag, br.headers.etag, gz.headers.etag]).size).toBe(3);
    expect(br.headers.vary).toMatch(/Accept-Encoding/);
    const again = await app.inject({ url: CHINA_Z3, headers: { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });

  it.each([
    ['/basemap/15/0/0.mvt', /^z: .*0 to 14/],
    ['/basemap/-1/0/0.mvt', /^z: /],
    ['/basemap/3/8/0.mvt', /^x: .*0 to 7/],
    ['/basemap/3/-1/0.mvt', /^x: /],
    ['/basemap/3/0/8.mvt', /^y: /],
    ['/basemap/2.5/0/0.mvt', /z/],
    ['/basemap/3/0/abc.mvt', /y/],
    ['/basemap/3/99999999999999999999999/0.mvt', /x/],
  ])('refuses %s with 400 naming the parameter', async (url, message) => {
    const response = await app.inject(url);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(message);
  });

  it('lists both routes in the OpenAPI document', async () => {
    const paths = Object.keys((await app.inject('/docs/json')).json().paths);
    expect(paths).toEqual(expect.arrayContaining(['/basemap/style.json', '/basemap/{z}/{x}/{y}.mvt']));
  });
});
