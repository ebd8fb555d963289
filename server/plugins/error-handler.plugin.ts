import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { DatabaseUnavailableError } from '../db/database';

export const RETRY_AFTER_SECONDS = 5;

/**
 * One place that turns failures into answers: 4xx keep their message (it names the field),
 * an unreachable database is 503 + Retry-After, and anything else is a 500 that leaks nothing.
 */
export const errorHandlerPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DatabaseUnavailableError) {
      request.log.warn({ err: error.cause }, 'database unavailable');
      return reply.code(503).header('Retry-After', String(RETRY_AFTER_SECONDS)).send({
        statusCode: 503, error: 'Service Unavailable',
        message: `The database is unreachable; retry in ${RETRY_AFTER_SECONDS} s`,
      });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.code(status).send({ statusCode: status, error: error.code ?? 'Bad Request', message: error.message });
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({ statusCode: 500, error: 'Internal Server Error', message: 'Internal error; see the server log' });
  });
});
