import { Type, type Static } from 'typebox';
import { ErrorBody } from './common.schema';

export const RoleName = Type.Union([Type.Literal('viewer'), Type.Literal('planner'), Type.Literal('admin')]);
export const UserName = Type.String({ pattern: '^[A-Za-z0-9_.@-]{1,64}$', description: 'Letters, digits, _ . @ -; at most 64' });
const AreaCodes = Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 200 });
const Password = Type.String({ minLength: 8, maxLength: 1024 });

export const SessionUser = Type.Object({ id: Type.Integer(), name: Type.String(), role: RoleName, areas: Type.Array(Type.String()) });
export type SessionUser = Static<typeof SessionUser>;

export const SessionInfo = Type.Object({
  user: Type.Union([SessionUser, Type.Null()]),
  csrfToken: Type.Union([Type.String(), Type.Null()]),
  publicRead: Type.Boolean(),
  demo: Type.Boolean({ description: 'Demo accounts with published passwords exist' }),
});
export type SessionInfo = Static<typeof SessionInfo>;

export const LoginBody = Type.Object({ name: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 1024 }) },
  { additionalProperties: false });
export const LoginAnswer = Type.Object({ user: SessionUser, csrfToken: Type.String() });
export type LoginAnswer = Static<typeof LoginAnswer>;
export const MeAnswer = Type.Object({ user: SessionUser, csrfToken: Type.Union([Type.String(), Type.Null()]) });

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };

export const SessionRouteSchema = { tags: ['auth'], summary: 'Who is signed in here, and whether reading is public', response: { 200: SessionInfo } };
export const LoginRouteSchema = {
  tags: ['auth'], summary: 'Sign in: sets an HttpOnly session cookie and answers the CSRF token for writes',
  body: LoginBody, response: { 200: LoginAnswer, ...errors, 429: ErrorBody },
};
export const LogoutRouteSchema = { tags: ['auth'], summary: 'Sign out: the session ends at once', response: { 204: Type.Null(), ...errors } };
export const MeRouteSchema = { tags: ['auth'], summary: 'The signed-in user', response: { 200: MeAnswer, ...errors } };

export const UserRecord = Type.Object({
  id: Type.Integer(), name: Type.String(), role: RoleName, areas: Type.Array(Type.String()),
  disabled: Type.Boolean(), demo: Type.Boolean(), createdAt: Type.String(),
});
export const NewUserBody = Type.Object({ name: UserName, role: RoleName, areas: Type.Optional(AreaCodes), password: Password },
  { additionalProperties: false });
export const UserChangeBody = Type.Object({
  role: Type.Optional(RoleName), areas: Type.Optional(AreaCodes), disabled: Type.Optional(Type.Boolean()), password: Type.Optional(Password),
}, { additionalProperties: false, minProperties: 1 });
const UserIdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 }) });

export const ListUsersRouteSchema = { tags: ['users'], summary: 'Every user (admins)', response: { 200: Type.Array(UserRecord), ...errors } };
export const CreateUserRouteSchema = {
  tags: ['users'], summary: 'Create a user (admins)', body: NewUserBody, response: { 201: UserRecord, ...errors, 409: ErrorBody },
};
export const UpdateUserRouteSchema = {
  tags: ['users'], summary: 'Change a user: role, areas, password, or disable (ends their sessions at once)',
  params: UserIdParams, body: UserChangeBody, response: { 200: UserRecord, ...errors, 404: ErrorBody },
};

export const AuditQuery = Type.Object({
  user: Type.Optional(Type.String({ maxLength: 64 })),
  objectType: Type.Optional(Type.String({ maxLength: 64 })),
  objectId: Type.Optional(Type.String({ maxLength: 200 })),
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
  limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }),
  offset: Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0 }),
}, { additionalProperties: false });
export const AuditRow = Type.Object({
  id: Type.Integer(), at: Type.String(), userName: Type.String(), action: Type.String(), objectType: Type.String(),
  objectId: Type.Union([Type.String(), Type.Null()]), before: Type.Unknown(), after: Type.Unknown(), address: Type.Union([Type.String(), Type.Null()]),
});
export const AuditRouteSchema = {
  tags: ['users'], summary: 'The audit trail (admins), newest first; filter by user, object and time',
  querystring: AuditQuery, response: { 200: Type.Object({ total: Type.Integer(), items: Type.Array(AuditRow) }), ...errors },
};
