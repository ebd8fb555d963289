import { resolve } from 'node:path';
import { ROLES, type Role } from './auth/roles';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: string;
  statementTimeoutMs: number;
  poolMax: number;
  seedDemo: boolean;
  clientDir: string;
  tileEncoder: 'auto' | 'native' | 'portable';
  tileCacheMb: number;
  publicRead: boolean;
  sessionHours: number;
  personalDataRoles: Role[];
  demoUsers: boolean;
}

const int = (env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
};

const bool = (env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean => {
  const raw = env[name]?.toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  throw new Error(`${name} must be true or false, got "${env[name]}"`);
};

const oneOf = <T extends string>(env: NodeJS.ProcessEnv, name: string, allowed: readonly T[], fallback: T): T => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) throw new Error(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
};

const roles = (env: NodeJS.ProcessEnv, name: string, fallback: Role[]): Role[] => {
  const raw = env[name];
  if (raw === undefined) return fallback;
  const list = raw.split(',').map((r) => r.trim()).filter(Boolean);
  const wrong = list.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (wrong.length > 0) throw new Error(`${name} must list roles from ${ROLES.join(', ')}, got "${raw}"`);
  return list as Role[];
};

/** Every setting Corridor reads, with its default; the README's configuration table mirrors this. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: int(env, 'PORT', 8080, 0, 65535),
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.CORRIDOR_DATA_DIR || '.corridor/db'),
    logLevel: env.LOG_LEVEL || 'info',
    statementTimeoutMs: int(env, 'STATEMENT_TIMEOUT_MS', 15_000, 100, 600_000),
    poolMax: int(env, 'PG_POOL_MAX', 10, 1, 200),
    seedDemo: bool(env, 'CORRIDOR_SEED_DEMO', true),
    clientDir: resolve(env.CORRIDOR_CLIENT_DIR || 'dist/client'),
    tileEncoder: oneOf(env, 'TILE_ENCODER', ['auto', 'native', 'portable'] as const, 'auto'),
    tileCacheMb: int(env, 'TILE_CACHE_MB', 256, 1, 65_536),
    publicRead: bool(env, 'PUBLIC_READ', false),
    sessionHours: int(env, 'SESSION_HOURS', 12, 1, 24 * 90),
    personalDataRoles: roles(env, 'PERSONAL_DATA_ROLES', ['planner', 'admin']),
    // Demo accounts with published passwords: on by default only on the embedded demo database.
    demoUsers: bool(env, 'CORRIDOR_DEMO_USERS', !env.DATABASE_URL),
  };
}
