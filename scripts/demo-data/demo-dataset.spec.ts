// Checks the dataset as consumers see it: the serialised files, parsed back.
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_LEVELS } from './demo-model';
import { DEMO_FILES, MANIFEST_FILE, type DemoFile } from './demo-files';
import { generateDemoData } from './generate-demo-data';
import { cumulativeKm, pointAlongKm, type LonLat } from './geodesy';
import { isSimple, isValid, toJsts } from './jsts-adapter';
import type { DemoManifest } from './manifest';
import { countryGeometry, loadCountriesTopology } from './natural-earth';
import { pointInPolygon } from './point-in-polygon';
import { serializeDemoData } from './write-demo-data';

type Props = Record<string, unknown>;
let files: Record<DemoFile, FeatureCollection<Geometry, Props>>;
let manifest: DemoManifest;
const props = (file: DemoFile) => files[file].features.map((f) => f.properties);
const byCode = (file: DemoFile) => new Map(files[file].features.map((f) => [f.properties.code as string, f]));

beforeAll(() => {
  const text = serializeDemoData(generateDemoData());
  files = Object.fromEntries(DEMO_FILES.map((f) => [f, JSON.parse(text.get(f)!)])) as typeof files;
  manifest = JSON.parse(text.get(MANIFEST_FILE)!) as DemoManifest;
}, 60_000);

describe('the demo dataset', { timeout: 60_000 }, () => {
  it('has the exact counts the reports give', () => {
    expect(files['checkpoints.geojson'].features).toHaveLength(5578);
    expect(props('branches.geojson').filter((b) => b.temporary === true)).toHaveLength(3851);
    expect(manifest.counts['checkpoints.geojson']).toBe(5578);
  });

  it('covers every checkpoint by exactly one temporary branch, 1,727 branches covering two', () => {
    const branches = byCode('branches.geojson');
    const covered = new Map<string, number>();
    for (const c of props('checkpoints.geojson')) {
      const branch = branches.get(c.branchCode as string);
      expect(branch?.properties.temporary).toBe(true);
      covered.set(c.branchCode as string, (covered.get(c.branchCode as string) ?? 0) + 1);
    }
    expect(covered.size).toBe(3851);
    expect([...covered.values()].filter((n) => n === 2)).toHaveLength(1727);
    expect(Math.max(...covered.values())).toBe(2);
  });

  it('gives every segment five chiefs in level order, one person per province, prefecture and county', () => {
    const personOf = new Map<string, string>();
    for (const s of props('segments.geojson')) {
      const chiefs = s.chiefs as { level: string; phone: string; name: string }[];
      expect(chiefs.map((c) => c.level)).toEqual(ADMIN_LEVELS);
      const admin = byCode('admin-areas.geojson');
      const county = admin.get(s.countyCode as string)!.properties;
      const prefecture = admin.get(county.parentCode as string)!.properties;
      const areas = [prefecture.parentCode, prefecture.code, county.code] as string[];
      areas.forEach((code, level) => {
        const phone = chiefs[level]!.phone;
        expect(personOf.get(code) ?? phone).toBe(phone);
        personOf.set(code, phone);
      });
      expect(chiefs.every((c) => /Demo$/.test(c.name) && /^\+86 000 /.test(c.phone))).toBe(true);
    }
  });

  it('uses unique, well-formed codes', () => {
    for (const file of DEMO_FILES.filter((f) => f !== 'border-lines.geojson')) {
      const codes = props(file).map((p) => p.code);
      expect(new Set(codes).size, file).toBe(codes.length);
    }
    expect(props('segments.geojson').every((s) => /^(YN|HL)-[A-Z]{2}-\d{3}$/.test(s.code as string))).toBe(true);
  });

  it('stores only valid geometries of the declared type inside the region', () => {
    const declared: Record<DemoFile, string[]> = {
      'border-lines.geojson': ['LineString'], 'admin-areas.geojson': ['Polygon', 'MultiPolygon'],
      'segments.geojson': ['LineString'], 'checkpoints.geojson': ['Point'], 'branches.geojson': ['Point'],
      'duty-posts.geojson': ['Point'], 'demo-belts.geojson': ['LineString'], 'zones.geojson': ['Polygon', 'MultiPolygon'],
    };
    for (const file of DEMO_FILES) {
      for (const f of files[file].features) {
        expect(declared[file], `${file} ${f.id}`).toContain(f.geometry.type);
        expect(isValid(toJsts(f.geometry)), `${file} ${f.id}`).toBe(true);
        for (const [lon, lat] of positions(f.geometry)) {
          expect(lon! >= 90 && lon! <= 130 && lat! >= 18 && lat! <= 56, `${file} ${f.id}`).toBe(true);
        }
      }
    }
    for (const f of [...files['border-lines.geojson'].features, ...files['demo-belts.geojson'].features]) {
      expect(isSimple(toJsts(f.geometry)), String(f.id)).toBe(true);
    }
  });

  it('lists admin areas parents first, each child under an area one level up', () => {
    const seen = new Map<string, string>();
    for (const a of props('admin-areas.geojson')) {
      if (a.parentCode === null) expect(a.level).toBe('province');
      else expect(ADMIN_LEVELS.indexOf(seen.get(a.parentCode as string) as never)).toBe(ADMIN_LEVELS.indexOf(a.level as never) - 1);
      seen.set(a.code as string, a.level as string);
    }
  });

  it('tiles each border line with segments of 3–10 km, numbered along it', () => {
    for (const line of props('border-lines.geojson')) {
      const segments = props('segments.geojson').filter((s) => s.lineId === line.id).sort((a, b) => (a.seq as number) - (b.seq as number));
      expect(segments[0]!.fromKm).toBe(0);
      expect(segments.at(-1)!.toKm).toBe(line.lengthKm);
      segments.forEach((s, i) => {
        expect(s.seq).toBe(i + 1);
        if (i > 0) expect(s.fromKm).toBe(segments[i - 1]!.toKm);
        expect(s.lengthKm as number).toBeGreaterThanOrEqual(3);
        expect(s.lengthKm as number).toBeLessThanOrEqual(10.001);
      });
    }
  });

  it('puts checkpoints (on every segment, in its county), duty posts and belts on the Chinese side', () => {
    const china = countryGeometry(loadCountriesTopology(), '156');
    const points = [...files['checkpoints.geojson'].features, ...files['duty-posts.geojson'].features];
    const outside = points.filter((f) => !pointInPolygon(positions(f.geometry)[0] as LonLat, china));
    expect(outside.map((f) => f.id)).toEqual([]);
    const segments = byCode('segments.geojson');
    const admin = byCode('admin-areas.geojson');
    for (const c of files['checkpoints.geojson'].features) {
      const county = admin.get(segments.get(c.properties.segmentCode as string)!.properties.countyCode as string)!;
      expect(pointInPolygon(positions(c.geometry)[0] as LonLat, county.geometry as Polygon | MultiPolygon), String(c.id)).toBe(true);
    }
    expect(new Set(props('checkpoints.geojson').map((c) => c.segmentCode)).size).toBe(segments.size);
    for (const belt of files['demo-belts.geojson'].features) {
      expect(positions(belt.geometry).every((p) => pointInPolygon(p as LonLat, china))).toBe(true);
    }
  });

  it('mixes checkpoint kinds and statuses roughly as the brief asks', () => {
    const share = (key: string, value: string) => props('checkpoints.geojson').filter((c) => c[key] === value).length / 5578;
    expect(share('kind', 'checkpoint')).toBeCloseTo(0.7, 1);
    expect(share('kind', 'port')).toBeGreaterThan(0.01);
    expect(share('status', 'staffed')).toBeCloseTo(0.78, 1);
    for (const c of props('checkpoints.geojson')) {
      if (c.status === 'unstaffed' || c.status === 'closed') expect(c.personnel).toBe(0);
      expect(c.personnel as number).toBeLessThanOrEqual(30);
    }
  });

  it('has about 400 duty posts of 5–60 people and about 20 belts of 30–80 km serving villages', () => {
    expect(files['duty-posts.geojson'].features.length).toBeGreaterThan(380);
    for (const p of props('duty-posts.geojson')) {
      const total = Object.values(p.personnel as Record<string, number>).reduce((a, b) => a + b, 0);
      expect(total).toBeGreaterThanOrEqual(5);
      expect(total).toBeLessThanOrEqual(60);
    }
    const admin = byCode('admin-areas.geojson');
    expect(files['demo-belts.geojson'].features.length).toBeGreaterThanOrEqual(18);
    for (const b of files['demo-belts.geojson'].features) {
      const villages = b.properties.villages as string[];
      expect(villages.length).toBeGreaterThanOrEqual(2);
      expect(villages.every((v) => admin.get(v)?.properties.level === 'village')).toBe(true);
    }
  });

  it('covers the border with zones exactly as planned: once, except the listed gaps and double claims', () => {
    const gaps = manifest.defects.filter((d) => d.kind === 'gap');
    const overlaps = manifest.defects.filter((d) => d.kind === 'overlap');
    expect(gaps.length).toBeGreaterThanOrEqual(8);
    expect(gaps.length).toBeLessThanOrEqual(12);
    expect(overlaps.length).toBeGreaterThanOrEqual(5);
    expect(overlaps.length).toBeLessThanOrEqual(8);
    const zones = files['zones.geojson'].features as Feature<Polygon | MultiPolygon>[];
    let mismatches = 0;
    let samples = 0;
    for (const line of files['border-lines.geojson'].features as Feature<LineString>[]) {
      const id = line.properties!.id as string;
      for (const { km, point } of samplesAlong(line.geometry.coordinates, 0.5)) {
        const defect = manifest.defects.find((d) => d.lineId === id && km > d.fromKm - 0.05 && km < d.toKm + 0.05);
        if (defect && (km < defect.fromKm + 0.05 || km > defect.toKm - 0.05)) continue; // too close to call
        const expected = !defect ? 1 : defect.kind === 'gap' ? 0 : 2;
        const found = zones.filter((z) => pointInPolygon(point, z.geometry)).length;
        samples++;
        if (found !== expected) mismatches++;
      }
    }
    expect(samples).toBeGreaterThan(5000);
    expect(mismatches).toBe(0);
  });
});

function positions(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point': return [geometry.coordinates];
    case 'LineString': return geometry.coordinates;
    case 'Polygon': return geometry.coordinates.flat();
    case 'MultiPolygon': return geometry.coordinates.flat(2);
    default: return [];
  }
}

/** Points every stepKm along a line, offset so that none falls exactly on a cut. */
function samplesAlong(coords: Position[], stepKm: number): { km: number; point: LonLat }[] {
  const line = coords.map((p): LonLat => [p[0]!, p[1]!]);
  const cumKm = cumulativeKm(line);
  const out: { km: number; point: LonLat }[] = [];
  for (let km = stepKm / 2 + 0.0123; km < cumKm.at(-1)!; km += stepKm) out.push({ km, point: pointAlongKm(line, km, cumKm) });
  return out;
}
