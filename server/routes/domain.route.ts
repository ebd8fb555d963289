import { maySeePersonalData, READ } from '../auth/roles';
import { maskName, maskPhone, maskProperties } from '../auth/personal-data';
import type { FastifyInstance } from 'fastify';
import { badRequest, notFound } from '../lib/http-errors';
import { parseBbox, type Bbox } from '../lib/parse-bbox';
import {
  AdminAreasRouteSchema, BeltRouteSchema, CheckpointRouteSchema, DutyPostRouteSchema, SearchRouteSchema, SegmentRouteSchema,
  StatsRouteSchema, ZoneRouteSchema,
} from '../schemas/domain.schema';
import { findCheckpoint } from '../services/checkpoints-repository';
import { search } from '../services/search-repository';
import { findSegment } from '../services/segments-repository';
import { adminAreaExists, readStats, type StatsFilter } from '../services/stats-repository';
import { findZone } from '../services/zones-repository';
import { findBelt, findDutyPost, listAdminAreas } from '../services/places-repository';

export async function domainRoutes(app: FastifyInstance) {
  app.get<{ Params: { code: string } }>('/api/segments/:code', { schema: SegmentRouteSchema, config: READ }, async (request, reply) => {
    const segment = await findSegment(app.db, request.params.code);
    if (!segment) return notFound(reply, 'code', `no border segment ${request.params.code}`);
    if (maySeePersonalData(request.user, app.auth.personalDataRoles)) return segment;
    return { ...segment, chiefs: segment.chiefs.map((c) => ({ ...c, name: maskName(c.name)!, nameZh: maskName(c.nameZh)!, phone: maskPhone(c.phone) })) };
  });

  app.get<{ Params: { code: string } }>('/api/checkpoints/:code', { schema: CheckpointRouteSchema, config: READ }, async (request, reply) => {
    const checkpoint = await findCheckpoint(app.db, request.params.code);
    return checkpoint ?? notFound(reply, 'code', `no checkpoint ${request.params.code}`);
  });

  app.get<{ Params: { code: string } }>('/api/duty-posts/:code', { schema: DutyPostRouteSchema, config: READ }, async (request, reply) => {
    const post = await findDutyPost(app.db, request.params.code);
    return post ?? notFound(reply, 'code', `no duty post ${request.params.code}`);
  });

  app.get<{ Params: { code: string } }>('/api/belts/:code', { schema: BeltRouteSchema, config: READ }, async (request, reply) => {
    const belt = await findBelt(app.db, request.params.code);
    return belt ?? notFound(reply, 'code', `no demonstration belt ${request.params.code}`);
  });

  app.get('/api/admin-areas', { schema: AdminAreasRouteSchema, config: READ }, async () => ({ areas: await listAdminAreas(app.db) }));

  app.get<{ Params: { id: number } }>('/api/zones/:id', { schema: ZoneRouteSchema, config: READ }, async (request, reply) => {
    const zone = await findZone(app.db, request.params.id);
    if (!zone) return notFound(reply, 'id', `no responsibility zone ${request.params.id}`);
    const shown = maySeePersonalData(request.user, app.auth.personalDataRoles) ? zone : maskProperties(zone);
    return reply.header('ETag', `"${zone.version}"`).send(shown);
  });

  app.get<{ Querystring: { q: string; limit?: number } }>('/api/search', { schema: SearchRouteSchema, config: READ }, async (request) => ({
    query: request.query.q,
    results: await search(app.db, request.query.q, request.query.limit ?? 20),
  }));

  app.get<{ Querystring: StatsQuerystring }>('/api/stats', { schema: StatsRouteSchema, config: READ }, async (request, reply) => {
    const { adminArea, groupBy = 'county' } = request.query;
    let bbox: Bbox | undefined;
    if (request.query.bbox !== undefined) {
      const parsed = parseBbox(request.query.bbox);
      if ('error' in parsed) return badRequest(reply, 'bbox', parsed.error);
      bbox = parsed.bbox;
    }
    const lists: Record<'unitType' | 'kind' | 'status', string[]> = { unitType: [], kind: [], status: [] };
    for (const field of ['unitType', 'kind', 'status'] as const) {
      const parsed = parseList(request.query[field], STATS_VOCABULARY[field]);
      if ('error' in parsed) return badRequest(reply, field, parsed.error);
      lists[field] = parsed.values;
    }
    if (adminArea && !(await adminAreaExists(app.db, adminArea))) return notFound(reply, 'adminArea', `no admin area ${adminArea}`);
    const stats = await readStats(app.db, { adminArea, bbox, groupBy, unitTypes: lists.unitType, kinds: lists.kind, statuses: lists.status });
    return {
      filter: { adminArea: adminArea ?? null, bbox: bbox ?? null, unitTypes: lists.unitType, kinds: lists.kind, statuses: lists.status },
      ...stats,
    };
  });
}

interface StatsQuerystring {
  adminArea?: string; bbox?: string; groupBy?: StatsFilter['groupBy']; unitType?: string; kind?: string; status?: string;
}

const STATS_VOCABULARY = {
  unitType: ['party', 'government', 'military', 'police', 'civilian'],
  kind: ['checkpoint', 'section_post', 'separation_point', 'port'],
  status: ['staffed', 'unstaffed', 'alert', 'closed'],
} as const;

/** "a,b" → ['a','b'], each from the allowed vocabulary; the error lists what is allowed. */
function parseList(text: string | undefined, allowed: readonly string[]): { values: string[] } | { error: string } {
  if (text === undefined || text === '') return { values: [] };
  const values = [...new Set(text.split(',').map((v) => v.trim()))];
  const unknown = values.find((v) => !allowed.includes(v));
  return unknown === undefined ? { values } : { error: `"${unknown}" is not one of ${allowed.join(', ')}` };
}
