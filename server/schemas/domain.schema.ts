import { Type, type Static } from 'typebox';
import { ErrorBody } from './common.schema';

export const UnitType = Type.Union([
  Type.Literal('party'), Type.Literal('government'), Type.Literal('military'), Type.Literal('police'), Type.Literal('civilian'),
]);
export const Level = Type.Union([
  Type.Literal('province'), Type.Literal('prefecture'), Type.Literal('county'), Type.Literal('township'), Type.Literal('village'),
]);
export const CheckpointStatus = Type.Union([
  Type.Literal('staffed'), Type.Literal('unstaffed'), Type.Literal('alert'), Type.Literal('closed'),
]);
export const CheckpointKind = Type.Union([
  Type.Literal('checkpoint'), Type.Literal('section_post'), Type.Literal('separation_point'), Type.Literal('port'),
]);

export const Bbox = Type.Array(Type.Number(), { minItems: 4, maxItems: 4, description: '[minLon, minLat, maxLon, maxLat]' });
const Geometry = Type.Object({ type: Type.String(), coordinates: Type.Array(Type.Unknown()) }, { additionalProperties: true });
const AreaRef = Type.Object({ code: Type.String(), name: Type.String(), nameZh: Type.String(), level: Level });
const Personnel = Type.Object({
  party: Type.Integer(), government: Type.Integer(), military: Type.Integer(), police: Type.Integer(), civilian: Type.Integer(),
});
const StatusCounts = Type.Object({ staffed: Type.Integer(), unstaffed: Type.Integer(), alert: Type.Integer(), closed: Type.Integer() });

export const Chief = Type.Object({
  level: Level, name: Type.String(), nameZh: Type.String(), title: Type.String(), phone: Type.String(),
});

export const ZoneSummary = Type.Object({
  id: Type.Integer(), code: Type.Union([Type.String(), Type.Null()]), name: Type.String(), nameZh: Type.Union([Type.String(), Type.Null()]),
  unitName: Type.String(), unitType: UnitType, level: Level,
});

export const CheckpointSummary = Type.Object({
  code: Type.String(), name: Type.String(), nameZh: Type.String(), kind: CheckpointKind, status: CheckpointStatus,
});

export const SegmentDetail = Type.Object({
  code: Type.String(), lineId: Type.String(), seq: Type.Integer(),
  fromKm: Type.Number(), toKm: Type.Number(), lengthKm: Type.Number(),
  county: AreaRef, township: Type.Union([AreaRef, Type.Null()]),
  chiefs: Type.Array(Chief),
  checkpoints: Type.Object({ total: Type.Integer(), byStatus: StatusCounts, items: Type.Array(CheckpointSummary) }),
  zones: Type.Array(ZoneSummary),
  dutyPosts: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), nameZh: Type.String(), personnel: Personnel })),
  bbox: Bbox,
  geometry: Geometry,
});
export type SegmentDetail = Static<typeof SegmentDetail>;

export const CheckpointDetail = Type.Object({
  code: Type.String(), name: Type.String(), nameZh: Type.String(), kind: CheckpointKind, status: CheckpointStatus,
  staffed24h: Type.Boolean(), personnel: Type.Integer(), updatedAt: Type.String(),
  segmentCode: Type.Union([Type.String(), Type.Null()]),
  branch: Type.Union([Type.Object({ code: Type.String(), name: Type.String(), nameZh: Type.String(), temporary: Type.Boolean(), members: Type.Integer() }), Type.Null()]),
  geometry: Geometry,
});
export type CheckpointDetail = Static<typeof CheckpointDetail>;

export const ZoneDetail = Type.Object({
  id: Type.Integer(), code: Type.Union([Type.String(), Type.Null()]), name: Type.String(), nameZh: Type.Union([Type.String(), Type.Null()]),
  unitName: Type.String(), unitType: UnitType, level: Level, chief: Type.Union([Type.String(), Type.Null()]),
  version: Type.Integer(), createdAt: Type.String(), createdBy: Type.String(), updatedAt: Type.String(), updatedBy: Type.String(),
  segments: Type.Array(Type.String()),
  bbox: Bbox,
  geometry: Geometry,
});
export type ZoneDetail = Static<typeof ZoneDetail>;

export const DutyPostDetail = Type.Object({
  code: Type.String(), name: Type.String(), nameZh: Type.String(), segmentCode: Type.Union([Type.String(), Type.Null()]),
  personnel: Personnel, totalPersonnel: Type.Integer(), geometry: Geometry,
});
export type DutyPostDetail = Static<typeof DutyPostDetail>;

export const BeltDetail = Type.Object({
  code: Type.String(), name: Type.String(), nameZh: Type.String(), widthMeters: Type.Number(), lengthKm: Type.Number(),
  villages: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), nameZh: Type.String() })),
  bbox: Bbox, geometry: Geometry,
});
export type BeltDetail = Static<typeof BeltDetail>;

export const AdminAreaNode = Type.Object({
  code: Type.String(), name: Type.String(), nameZh: Type.String(), level: Level,
  parentCode: Type.Union([Type.String(), Type.Null()]), bbox: Bbox,
});
export type AdminAreaNode = Static<typeof AdminAreaNode>;

const CodeParam = Type.String({ pattern: '^[A-Za-z0-9_.-]{1,64}$', description: 'Code, e.g. YN-MH-012' });

export const SegmentRouteSchema = {
  tags: ['domain'], summary: 'A border segment with its five chiefs, checkpoints, zones and duty posts',
  params: Type.Object({ code: CodeParam }), response: { 200: SegmentDetail, 400: ErrorBody, 404: ErrorBody },
};
export const CheckpointRouteSchema = {
  tags: ['domain'], summary: 'A checkpoint with its covering party branch',
  params: Type.Object({ code: CodeParam }), response: { 200: CheckpointDetail, 400: ErrorBody, 404: ErrorBody },
};
export const ZoneRouteSchema = {
  tags: ['domain'], summary: 'A responsibility zone with the segments it covers',
  params: Type.Object({ id: Type.Integer({ minimum: 1, maximum: 9_007_199_254_740_991 }) }),
  response: { 200: ZoneDetail, 400: ErrorBody, 404: ErrorBody },
};

export const DutyPostRouteSchema = {
  tags: ['domain'], summary: 'A duty post with its personnel by unit type',
  params: Type.Object({ code: CodeParam }), response: { 200: DutyPostDetail, 400: ErrorBody, 404: ErrorBody },
};
export const BeltRouteSchema = {
  tags: ['domain'], summary: 'A demonstration belt with the villages along it',
  params: Type.Object({ code: CodeParam }), response: { 200: BeltDetail, 400: ErrorBody, 404: ErrorBody },
};
export const AdminAreasRouteSchema = {
  tags: ['domain'], summary: 'The admin hierarchy down to townships (for filters), without geometry',
  response: { 200: Type.Object({ areas: Type.Array(AdminAreaNode) }) },
};

export const SearchResult = Type.Object({
  type: Type.Union([
    Type.Literal('segment'), Type.Literal('checkpoint'), Type.Literal('admin-area'),
    Type.Literal('zone'), Type.Literal('duty-post'), Type.Literal('demo-belt'),
  ]),
  id: Type.String(), label: Type.String(), labelZh: Type.String(), detail: Type.String(), bbox: Bbox,
});
export type SearchResult = Static<typeof SearchResult>;

export const SearchRouteSchema = {
  tags: ['domain'], summary: 'Search codes and names (Chinese or English), ranked, at most 20 results',
  querystring: Type.Object({
    q: Type.String({ minLength: 1, maxLength: 100 }),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 20, default: 20 })),
  }, { additionalProperties: false }),
  response: { 200: Type.Object({ query: Type.String(), results: Type.Array(SearchResult) }), 400: ErrorBody },
};

const CountMap = Type.Record(Type.String(), Type.Integer());
export const StatsGroup = Type.Object({
  code: Type.String(), name: Type.String(), nameZh: Type.String(), level: Level,
  segments: Type.Integer(), lengthKm: Type.Number(), checkpoints: Type.Integer(),
  checkpointsByStatus: CountMap, zones: Type.Integer(), dutyPostPersonnel: Type.Integer(),
});
export const Stats = Type.Object({
  filter: Type.Object({
    adminArea: Type.Union([Type.String(), Type.Null()]), bbox: Type.Union([Bbox, Type.Null()]),
    unitTypes: Type.Array(Type.String()), kinds: Type.Array(Type.String()), statuses: Type.Array(Type.String()),
  }),
  checkpoints: Type.Object({ total: Type.Integer(), byKind: CountMap, byStatus: CountMap, staffed24h: Type.Integer(), personnel: Type.Integer() }),
  segments: Type.Object({ total: Type.Integer(), lengthKm: Type.Number() }),
  zones: Type.Object({ total: Type.Integer(), byUnitType: CountMap }),
  dutyPosts: Type.Object({ total: Type.Integer(), personnel: Personnel }),
  branches: Type.Object({ total: Type.Integer(), temporary: Type.Integer() }),
  groups: Type.Array(StatsGroup),
});
export type Stats = Static<typeof Stats>;

export const StatsRouteSchema = {
  tags: ['domain'], summary: 'Totals by kind, status and unit type, and per admin area; filterable by admin area and bbox',
  querystring: Type.Object({
    adminArea: Type.Optional(CodeParam),
    bbox: Type.Optional(Type.String({ maxLength: 200, description: 'minLon,minLat,maxLon,maxLat' })),
    groupBy: Type.Optional(Type.Union([Type.Literal('prefecture'), Type.Literal('county'), Type.Literal('township')], { default: 'county' })),
    unitType: Type.Optional(Type.String({ maxLength: 100, description: 'Comma-separated unit types: zones of these units only' })),
    kind: Type.Optional(Type.String({ maxLength: 100, description: 'Comma-separated checkpoint kinds' })),
    status: Type.Optional(Type.String({ maxLength: 100, description: 'Comma-separated checkpoint statuses' })),
  }, { additionalProperties: false }),
  response: { 200: Stats, 400: ErrorBody, 404: ErrorBody },
};
