import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { DatabaseUnavailableError } from '../db/database';

export const RETRY_AFTER_SECONDS = 5;
/** The code of the error the hardening plugin answers a request past its deadline with. */
export const DEADLINE_CODE = 'CORRIDOR_DEADLINE';

const reason = (status: number) => STATUS_CODES[status] ?? 'Error';
const quoted = (value: string | undefined) => JSON.stringify((value ?? '').slice(0, 100));

/** PostgreSQL errors (pg and PGlite alike) carry a severity and a SQLSTATE; their text names SQL. */
const isDatabaseError = (error: unknown) =>
  typeof error === 'object' && error !== null && typeof (error as { severity?: unknown }).severity === 'string'
  && typeof (error as { code?: unknown }).code === 'string';

/** The status to answer: the error's own 4xx/5xx, except that a database error is always a 500. */
function statusOf(error: FastifyError): number {
  if (isDatabaseError(error)) return 500;
  const status = error.statusCode;
  return Number.isInteger(status) && status! >= 400 && status! <= 599 ? status! : 500;
}

/** Fastify's own refusals, reworded to start with what was wrong, as every other 4xx does. */
function clientMessage(error: FastifyError, request: FastifyRequest): string {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return `body: larger than the ${request.routeOptions.bodyLimit ?? 'allowed'} bytes accepted`;
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return request.headers['content-type'] === undefined
        ? 'content-type: missing for a request with a body; send application/json'
        : `content-type: ${quoted(request.headers['content-type'])} is not accepted; send application/json`;
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'body: its size does not match Content-Length';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'body: empty; send a JSON value, or no Content-Type and no body';
  }
  if (/forbidden prototype property|prototype poisoning/i.test(error.message)) {
    return 'body: the JSON keys "__proto__" and "constructor" are not accepted';
  }
  return error.message;
}

/**
 * One place that turns failures into answers: 4xx keep their message (it names the field), an
 * unreachable database is 503 + Retry-After, a route past its deadline too, and any other
 * failure is a 5xx that says only that it failed and which request it was: never SQL, a stack or a
 * file path (those go to the log, under the same request id).
 */
export const errorHandlerPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DatabaseUnavailableError) {
      request.log.warn({ err: error.cause }, 'database unavailable');
      return reply.code(503).header('Retry-After', String(RETRY_AFTER_SECONDS)).send({
        statusCode: 503, error: reason(503),
        message: `The database is unreachable; retry in ${RETRY_AFTER_SECONDS} s (request ${request.id})`,
        requestId: request.id,
      });
    }
    const status = statusOf(error);
    if (status < 500) {
      return reply.code(status).send({ statusCode: status, error: reason(status), message: clientMessage(error, request) });
    }
    if (error.code === 'FST_ERR_HANDLER_TIMEOUT' || error.code === DEADLINE_CODE) {
      request.log.warn({ err: error }, 'request past its deadline');
      return reply.code(503).header('Retry-After', String(RETRY_AFTER_SECONDS)).send({
        statusCode: 503, error: reason(503), message: `The request took too long; retry later (request ${request.id})`,
        requestId: request.id,
      });
    }
    // An abandoned request (a tile panned out of view) cancels its SQL and fails: no one to tell.
    if (request.raw.socket?.destroyed) request.log.info({ err: error }, 'client went away before the answer');
    else request.log.error({ err: error }, 'request failed');
    return reply.code(status).send({
      statusCode: status, error: reason(status), message: `Internal error; see the server log (request ${request.id})`,
      requestId: request.id,
    });
  });
});
