import { Type, type Static } from 'typebox';

/** The body of every 4xx/5xx answer; `message` names the offending field where there is one. */
export const ErrorBody = Type.Object({
  statusCode: Type.Integer(),
  error: Type.String(),
  message: Type.String(),
});
export type ErrorBody = Static<typeof ErrorBody>;
