import { STATUS_CODES } from 'node:http';
import type { FastifyReply } from 'fastify';

/** A 4xx in the shape every error answer has: `{ statusCode, error, message }`. */
export const sendError = (reply: FastifyReply, status: number, message: string) =>
  reply.code(status).send({ statusCode: status, error: STATUS_CODES[status] ?? 'Error', message });

/** A 4xx whose message begins with the offending field, as every bad-input answer does. */
export const badRequest = (reply: FastifyReply, field: string, message: string) => sendError(reply, 400, `${field}: ${message}`);

export const notFound = (reply: FastifyReply, field: string, message: string) => sendError(reply, 404, `${field}: ${message}`);
