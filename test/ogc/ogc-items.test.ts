import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOgcTestApp, pathOf, type OgcTestApp } from './ogc-test-app';

type Feature = { id: string | number; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> };
type Link = { rel: string; href: string; type: string };

describe('OGC API – Features: items', () => {
  let o: OgcTestApp;
  /** A box of ±0.5° around the first checkpoint: some checkpoints, not all. */
  let box: [number, number, number, number];
  beforeAll(async () => {
    o = await openOgcTestApp();
    const [row] = await o.t.db.query<{ lon: number; lat: number }>('select st_x(geom) as lon, st_y(geom) as lat from checkpoints order by code limit 1');
    box = [row!.lon - 0.5, row!.lat - 0.5, row!.lon + 0.5, row!.lat + 0.5];
  });
  afterAll(async () => { await o?.close(); });

  const inBox = 'st_intersects(geom, st_makeenvelope($1::float8, $2::float8, $3::float8, $4::float8, 4326))';

  it('bbox keeps exactly the features that intersect it', async () => {
    const expected = await o.count(`select count(*)::int as n from checkpoints where ${inBox}`, box);
    const total = await o.count('select count(*)::int as n from checkpoints');
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(total);
    const { status, body } = await o.get(`/ogc/collections/checkpoints/items?bbox=${box.join(',')}&limit=10000`);
    expect(status).toBe(200);
    expect(body.numberReturned).toBe(expected);
    expect(body.numberMatched).toBe(expected);
    for (const f of body.features as Feature[]) {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      expect(lon).toBeGreaterThanOrEqual(box[0] - 1e-6);
      expect(lon).toBeLessThanOrEqual(box[2] + 1e-6);
      expect(lat).toBeGreaterThanOrEqual(box[1] - 1e-6);
      expect(lat).toBeLessThanOrEqual(box[3] + 1e-6);
    }
  });

  it('bbox filters lines and polygons by intersection too', async () => {
    for (const [id, table] of [['border-segments', 'border_segments'], ['zones', 'responsibility_zones'], ['admin-areas', 'admin_areas']]) {
      const expected = await o.count(`select count(*)::int as n from ${table} where ${inBox}`, box);
      const { body } = await o.get(`/ogc/collections/${id}/items?bbox=${box.join(',')}&limit=1`);
      expect(body.numberMatched, id).toBe(expected);
    }
  });

  it('walks every feature once through the next links, in id order', async () => {
    const expected = (await o.t.db.query<{ code: string }>('select code from duty_posts order by code')).map((r) => r.code);
    const seen: string[] = [];
    let url: string | undefined = '/ogc/collections/duty-posts/items?limit=250';
    let pages = 0;
    while (url) {
      const { status, body } = await o.get(url);
      expect(status).toBe(200);
      seen.push(...(body.features as Feature[]).map((f) => String(f.id)));
      const links = body.links as Link[];
      if (pages > 0) expect(links.some((l) => l.rel === 'prev')).toBe(true);
      const next = links.find((l) => l.rel === 'next');
      if (next) expect(next.type).toBe('application/geo+json');
      url = next ? pathOf(next.href) : undefined;
      pages += 1;
    }
    expect(pages).toBe(Math.ceil(expected.length / 250));
    expect(seen).toEqual(expected);
  });

  it('limit and offset pick a slice of the id order', async () => {
    const expected = (await o.t.db.query<{ code: string }>('select code from checkpoints order by code limit 7 offset 20')).map((r) => r.code);
    const { body } = await o.get('/ogc/collections/checkpoints/items?limit=7&offset=20');
    expect((body.features as Feature[]).map((f) => f.id)).toEqual(expected);
    const prev = (body.links as Link[]).find((l) => l.rel === 'prev')!;
    expect(new URL(prev.href).searchParams.get('offset')).toBe('13');
  });

  it('an offset past the end is an empty page, not an error', async () => {
    const { status, body } = await o.get('/ogc/collections/demo-belts/items?offset=100000');
    expect(status).toBe(200);
    expect(body.features).toEqual([]);
    expect(body.numberReturned).toBe(0);
    expect((body.links as Link[]).some((l) => l.rel === 'next')).toBe(false);
  });

  it('status=alert returns only and all the checkpoints on alert, and the next link keeps the filter', async () => {
    const expected = await o.count("select count(*)::int as n from checkpoints where status = 'alert'");
    expect(expected).toBeGreaterThan(0);
    const first = await o.get('/ogc/collections/checkpoints/items?status=alert&limit=10000');
    expect(first.body.numberReturned).toBe(expected);
    expect(first.body.numberMatched).toBe(expected);
    for (const f of first.body.features as Feature[]) expect(f.properties.status).toBe('alert');

    const paged = await o.get('/ogc/collections/checkpoints/items?status=alert&limit=2');
    expect(paged.body.numberMatched).toBe(expected);
    const next = (paged.body.links as Link[]).find((l) => l.rel === 'next')!;
    expect(new URL(next.href).searchParams.get('status')).toBe('alert');
    const second = await o.get(pathOf(next.href));
    for (const f of second.body.features as Feature[]) expect(f.properties.status).toBe('alert');
  });

  it('combines filters of every type with each other and with bbox', async () => {
    const cases: Array<[string, string, unknown[]]> = [
      ['/ogc/collections/checkpoints/items?status=alert&kind=port', "status = 'alert' and kind = 'port'", []],
      ['/ogc/collections/checkpoints/items?staffed24h=true', 'staffed_24h', []],
      [`/ogc/collections/checkpoints/items?status=staffed&bbox=${box.join(',')}`, `status = 'staffed' and ${inBox}`, box],
    ];
    for (const [url, where, params] of cases) {
      const expected = await o.count(`select count(*)::int as n from checkpoints where ${where}`, params);
      const { status, body } = await o.get(`${url}&limit=10000`);
      expect(status, url).toBe(200);
      expect(body.numberMatched, url).toBe(expected);
    }
    const [cp] = await o.t.db.query<{ personnel: number }>('select personnel from checkpoints order by code limit 1');
    const personnel = await o.count('select count(*)::int as n from checkpoints where personnel = $1', [cp!.personnel]);
    expect((await o.get(`/ogc/collections/checkpoints/items?personnel=${cp!.personnel}&limit=1`)).body.numberMatched).toBe(personnel);
    const [zone] = await o.t.db.query<{ id: string }>('select id::text as id from responsibility_zones order by id limit 1');
    const byId = await o.get(`/ogc/collections/zones/items?id=${zone!.id}`);
    expect(byId.body.features.map((f: Feature) => String(f.id))).toEqual([zone!.id]);
  });

  it('compares values as text: a SQL-looking value matches nothing and is no error', async () => {
    for (const value of ["' or 1=1--", "x'; drop table checkpoints; --", '%', '\\']) {
      const { status, body } = await o.get(`/ogc/collections/checkpoints/items?status=${encodeURIComponent(value)}`);
      expect(status, value).toBe(200);
      expect(body.features, value).toEqual([]);
      expect(body.numberMatched, value).toBe(0);
    }
    expect(await o.count('select count(*)::int as n from checkpoints')).toBeGreaterThan(0);
  });
});
