import type { FastifyRequest } from 'fastify';

/** The origin clients reached us at, for absolute URLs in TileJSON, styles and OGC links. */
export const originOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;
