import type { FastifyInstance } from 'fastify';
import { badRequest, notFound } from '../lib/http-errors';
import { parseBbox, type Bbox } from '../lib/parse-bbox';
import {
  CheckpointRouteSchema, SearchRouteSchema, SegmentRouteSchema, StatsRouteSchema, ZoneRouteSchema,
} from '../schemas/domain.schema';
import { findCheckpoint } from '../services/checkpoints-repository';
import { search } from '../services/search-repository';
import { findSegment } from '../services/segments-repository';
import { adminAreaExists, readStats, type StatsFilter } from '../services/stats-repository';
import { findZone } from '../services/zones-repository';

export async function domainRoutes(app: FastifyInstance) {
  app.get<{ Params: { code: string } }>('/api/segments/:code', { schema: SegmentRouteSchema }, async (request, reply) => {
    const segment = await findSegment(app.db, request.params.code);
    return segment ?? notFound(reply, 'code', `no border segment ${request.params.code}`);
  });

  app.get<{ Params: { code: string } }>('/api/checkpoints/:code', { schema: CheckpointRouteSchema }, async (request, reply) => {
    const checkpoint = await findCheckpoint(app.db, request.params.code);
    return checkpoint ?? notFound(reply, 'code', `no checkpoint ${request.params.code}`);
  });

  app.get<{ Params: { id: number } }>('/api/zones/:id', { schema: ZoneRouteSchema }, async (request, reply) => {
    const zone = await findZone(app.db, request.params.id);
    if (!zone) return notFound(reply, 'id', `no responsibility zone ${request.params.id}`);
    return reply.header('ETag', `"${zone.version}"`).send(zone);
  });

  app.get<{ Querystring: { q: string; limit?: number } }>('/api/search', { schema: SearchRouteSchema }, async (request) => ({
    query: request.query.q,
    results: await search(app.db, request.query.q, request.query.limit ?? 20),
  }));

  app.get<{ Querystring: { adminArea?: string; bbox?: string; groupBy?: StatsFilter['groupBy'] } }>(
    '/api/stats', { schema: StatsRouteSchema }, async (request, reply) => {
      const { adminArea, groupBy = 'county' } = request.query;
      let bbox: Bbox | undefined;
      if (request.query.bbox !== undefined) {
        const parsed = parseBbox(request.query.bbox);
        if ('error' in parsed) return badRequest(reply, 'bbox', parsed.error);
        bbox = parsed.bbox;
      }
      if (adminArea && !(await adminAreaExists(app.db, adminArea))) return notFound(reply, 'adminArea', `no admin area ${adminArea}`);
      const stats = await readStats(app.db, { adminArea, bbox, groupBy });
      return { filter: { adminArea: adminArea ?? null, bbox: bbox ?? null }, ...stats };
    });
}
