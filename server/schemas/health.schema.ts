import { Type, type Static } from 'typebox';
import { ErrorBody } from './common.schema';

export const HealthCounts = Type.Object({
  checkpoints: Type.Integer(),
  segments: Type.Integer(),
  branches: Type.Integer(),
  dutyPosts: Type.Integer(),
  belts: Type.Integer(),
  zones: Type.Integer(),
});

export const HealthResponse = Type.Object({
  status: Type.Literal('ok'),
  db: Type.Object({
    backend: Type.Union([Type.Literal('embedded'), Type.Literal('server')]),
    postgis: Type.String(),
  }),
  counts: HealthCounts,
  dataset: Type.Object({
    /** 'demo' while the synthetic demo dataset is loaded; the client shows a badge then. */
    name: Type.Union([Type.String(), Type.Null()]),
    synthetic: Type.Boolean(),
  }),
});
export type HealthResponse = Static<typeof HealthResponse>;

export const HealthRouteSchema = {
  response: { 200: HealthResponse, 503: ErrorBody },
};
