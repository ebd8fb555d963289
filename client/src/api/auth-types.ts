// The auth contract (issue 5) as the client reads it: the server's schemas, as types only.
import type { Static } from 'typebox';
import type { LoginAnswer, LoginBody, MeAnswer, SessionInfo, SessionUser } from '../../../server/schemas/auth.schema';

export type { SessionInfo, SessionUser };
export type Role = SessionUser['role'];
/** POST /api/auth/login's body. */
export type Credentials = Static<typeof LoginBody>;
/** POST /api/auth/login's answer. */
export type SignedIn = LoginAnswer;
/** GET /api/auth/me's answer (no CSRF token for a bearer token). */
export type Me = Static<typeof MeAnswer>;
