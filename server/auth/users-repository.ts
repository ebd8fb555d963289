import type { Queryable } from '../db/database';
import type { AuthUser, Role } from './roles';
import { hashPassword, newToken, tokenHash } from './secrets';

export interface UserRecord extends AuthUser { disabled: boolean; demo: boolean; createdAt: string }

const USER_COLUMNS = `u.id::int as id, u.name, u.role, u.areas, u.disabled, u.demo,
  to_char(u.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "createdAt"`;

export const toAuthUser = (u: UserRecord): AuthUser => ({ id: u.id, name: u.name, role: u.role, areas: u.areas });

export async function listUsers(db: Queryable): Promise<UserRecord[]> {
  return db.query<UserRecord>(`select ${USER_COLUMNS} from users u order by u.name`);
}

export async function findUserByName(db: Queryable, name: string): Promise<(UserRecord & { passwordHash: string }) | undefined> {
  const [row] = await db.query<UserRecord & { passwordHash: string }>(
    `select ${USER_COLUMNS}, u.password_hash as "passwordHash" from users u where u.name = $1`, [name]);
  return row;
}

export async function findUserById(db: Queryable, id: number): Promise<UserRecord | undefined> {
  const [row] = await db.query<UserRecord>(`select ${USER_COLUMNS} from users u where u.id = $1`, [id]);
  return row;
}

export async function countUsers(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>('select count(*)::int as n from users');
  return row?.n ?? 0;
}

export interface NewUser { name: string; role: Role; areas?: string[]; password: string; demo?: boolean }

export async function insertUser(db: Queryable, user: NewUser): Promise<UserRecord> {
  const [row] = await db.query<UserRecord>(
    `insert into users (name, role, areas, password_hash, demo) values ($1, $2, $3::text[], $4, $5)
     returning ${USER_COLUMNS.replaceAll('u.', '')}`,
    [user.name, user.role, user.areas ?? [], await hashPassword(user.password), user.demo ?? false]);
  return row!;
}

export interface UserChange { role?: Role; areas?: string[]; disabled?: boolean; password?: string }

export async function updateUser(db: Queryable, id: number, change: UserChange): Promise<UserRecord | undefined> {
  const [row] = await db.query<UserRecord>(
    `update users set role = coalesce($2, role), areas = coalesce($3::text[], areas), disabled = coalesce($4, disabled),
       password_hash = coalesce($5, password_hash), updated_at = now()
     where id = $1 returning ${USER_COLUMNS.replaceAll('u.', '')}`,
    [id, change.role ?? null, change.areas ?? null, change.disabled ?? null,
      change.password === undefined ? null : await hashPassword(change.password)]);
  if (row && (change.disabled || change.password !== undefined || change.role !== undefined)) {
    // Disabling, a new password or a new role ends the user's sessions at once.
    await db.query('update sessions set revoked_at = now() where user_id = $1 and revoked_at is null', [id]);
  }
  return row;
}

export interface SessionRecord { user: AuthUser; csrfToken: string; expiresAt: string }

/** A new session: the token goes to the cookie, only its hash to the database. */
export async function createSession(db: Queryable, userId: number, hours: number): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  await db.query(
    `insert into sessions (token_hash, user_id, csrf_token, expires_at) values ($1, $2, $3, now() + make_interval(hours => $4::int))`,
    [tokenHash(token), userId, csrfToken, hours]);
  return { token, csrfToken };
}

/** The live session of a token: not expired, not revoked, its user not disabled. */
export async function findSession(db: Queryable, token: string): Promise<SessionRecord | undefined> {
  const [row] = await db.query<UserRecord & { csrfToken: string; expiresAt: string }>(
    `select ${USER_COLUMNS}, s.csrf_token as "csrfToken", s.expires_at::text as "expiresAt"
     from sessions s join users u on u.id = s.user_id
     where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now() and not u.disabled`, [tokenHash(token)]);
  return row && { user: toAuthUser(row), csrfToken: row.csrfToken, expiresAt: row.expiresAt };
}

export async function revokeSession(db: Queryable, token: string): Promise<void> {
  await db.query('update sessions set revoked_at = now() where token_hash = $1 and revoked_at is null', [tokenHash(token)]);
}

export async function createApiToken(db: Queryable, userId: number, label: string): Promise<{ id: number; token: string }> {
  const token = `cor_${newToken()}`;
  const [row] = await db.query<{ id: number }>(
    'insert into api_tokens (token_hash, user_id, label) values ($1, $2, $3) returning id::int as id', [tokenHash(token), userId, label]);
  return { id: row!.id, token };
}

export async function findApiToken(db: Queryable, token: string): Promise<AuthUser | undefined> {
  const [row] = await db.query<UserRecord>(
    `select ${USER_COLUMNS} from api_tokens t join users u on u.id = t.user_id
     where t.token_hash = $1 and t.revoked_at is null and not u.disabled`, [tokenHash(token)]);
  return row && toAuthUser(row);
}

export async function revokeApiTokens(db: Queryable, userId: number): Promise<number> {
  const rows = await db.query('update api_tokens set revoked_at = now() where user_id = $1 and revoked_at is null returning id', [userId]);
  return rows.length;
}
