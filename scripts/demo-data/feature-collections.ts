// Turns the generator's records into the published GeoJSON: one FeatureCollection per file,
// properties in a fixed key order (the data contract in data/README.md), km to 3 decimals,
// coordinates to 6.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { BorderLine } from './border-lines';
import type { Checkpoint } from './checkpoints';
import { stretchCoordinates } from './corridor-strip';
import type { DemoBelt } from './demo-belts';
import type { DemoContext } from './demo-context';
import type { DutyPost } from './duty-posts';
import { roundTo, type LonLat } from './geodesy';
import type { PartyBranch } from './party-branches';
import type { ResponsibilityZone } from './responsibility-zones';
import { chiefsOfSegment, type SegmentChief } from './segment-chiefs';

export type DemoCollection = FeatureCollection & { name: string; synthetic: true; note: string };

const SYNTHETIC_NOTE = 'Synthetic demo data for Corridor; not real locations, units or people.';
const km = (value: number) => roundTo(value, 3);
const point = (p: LonLat): Geometry => ({ type: 'Point', coordinates: p });

function collection(name: string, features: Feature[], note = SYNTHETIC_NOTE): DemoCollection {
  return { type: 'FeatureCollection', name, synthetic: true, note, features };
}

function feature(id: string, properties: Record<string, unknown>, geometry: Geometry): Feature {
  return { type: 'Feature', id, properties, geometry };
}

export function borderLineCollection(lines: readonly BorderLine[]): DemoCollection {
  return collection('border-lines', lines.map((l) => feature(l.id, {
    id: l.id, name: l.name, nameZh: l.nameZh, countryA: l.countryA, countryB: l.countryB, region: l.region,
    lengthKm: km(l.lengthKm),
  }, { type: 'LineString', coordinates: l.coordinates })),
  'Geometry from Natural Earth 1:50m (public domain), clipped to the demo regions; part of a synthetic demo dataset.');
}

export function adminAreaCollection(context: DemoContext): DemoCollection {
  return collection('admin-areas', context.units.map((u) => feature(u.code, {
    code: u.code, name: u.name, nameZh: u.nameZh, level: u.level, parentCode: u.parentCode,
  }, context.adminGeometry.get(u.code)!)),
  'Real names for provinces, prefectures and counties; every geometry and every township and village is synthetic.');
}

export function segmentCollection(context: DemoContext, chiefs: ReadonlyMap<string, SegmentChief>): DemoCollection {
  return collection('segments', context.segments.map((s) => {
    const [fromKm, toKm] = [km(s.fromKm), km(s.toKm)];
    return feature(s.code, {
      code: s.code, lineId: s.lineId, seq: s.seq, fromKm, toKm, lengthKm: km(toKm - fromKm),
      countyCode: s.countyCode, townshipCode: s.townshipCode,
      chiefs: chiefsOfSegment(s, context.unitsByCode, chiefs).map((c) => ({
        level: c.level, name: c.name, nameZh: c.nameZh, title: c.title, phone: c.phone,
      })),
    }, { type: 'LineString', coordinates: stretchCoordinates(context.linesById, s) });
  }));
}

export function checkpointCollection(checkpoints: readonly Checkpoint[]): DemoCollection {
  return collection('checkpoints', checkpoints.map((c) => feature(c.code, {
    code: c.code, name: c.name, nameZh: c.nameZh, kind: c.kind, status: c.status, staffed24h: c.staffed24h,
    personnel: c.personnel, branchCode: c.branchCode, segmentCode: c.segmentCode,
  }, point(c.point))));
}

export function branchCollection(branches: readonly PartyBranch[]): DemoCollection {
  return collection('branches', branches.map((b) => feature(b.code, {
    code: b.code, name: b.name, nameZh: b.nameZh, temporary: b.temporary, adminAreaCode: b.adminAreaCode, members: b.members,
  }, point(b.point))));
}

export function dutyPostCollection(posts: readonly DutyPost[]): DemoCollection {
  return collection('duty-posts', posts.map((d) => feature(d.code, {
    code: d.code, name: d.name, nameZh: d.nameZh, segmentCode: d.segmentCode,
    personnel: {
      party: d.personnel.party, government: d.personnel.government, military: d.personnel.military,
      police: d.personnel.police, civilian: d.personnel.civilian,
    },
  }, point(d.point))));
}

export function demoBeltCollection(belts: readonly DemoBelt[]): DemoCollection {
  return collection('demo-belts', belts.map((b) => feature(b.code, {
    code: b.code, name: b.name, nameZh: b.nameZh, widthMeters: b.widthMeters, villages: b.villages,
  }, { type: 'LineString', coordinates: b.coordinates })));
}

export function zoneCollection(zones: readonly ResponsibilityZone[]): DemoCollection {
  return collection('zones', zones.map((z) => feature(z.code, {
    code: z.code, name: z.name, nameZh: z.nameZh, unitName: z.unitName, unitType: z.unitType, level: z.level,
    chief: z.chief, segmentCodes: z.segmentCodes,
  }, z.geometry)));
}
