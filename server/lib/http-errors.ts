import type { FastifyReply } from 'fastify';

/** A 4xx whose message begins with the offending field, as every bad-input answer does. */
export const badRequest = (reply: FastifyReply, field: string, message: string) =>
  reply.code(400).send({ statusCode: 400, error: 'Bad Request', message: `${field}: ${message}` });

export const notFound = (reply: FastifyReply, field: string, message: string) =>
  reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `${field}: ${message}` });
