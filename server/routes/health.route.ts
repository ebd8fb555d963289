import type { FastifyInstance } from 'fastify';
import { HealthRouteSchema } from '../schemas/health.schema';
import { readCounts, readDataset } from '../services/health-repository';

export async function healthRoutes(app: FastifyInstance) {
  app.get('/api/health', { schema: HealthRouteSchema, config: { access: 'public' } }, async () => {
    const [counts, dataset] = await Promise.all([readCounts(app.db), readDataset(app.db)]);
    return { status: 'ok' as const, db: { backend: app.db.backend, postgis: app.postgisVersion }, counts, dataset };
  });
}
