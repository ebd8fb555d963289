// The one database interface the rest of Corridor sees. Two backends implement it:
// PostgreSQL + PostGIS through `pg` (DATABASE_URL set) and embedded PGlite + PostGIS (default).

export type Backend = 'embedded' | 'server';

export interface QueryOptions {
  /** Abandoned requests abort their SQL: the server backend cancels the running statement. */
  signal?: AbortSignal;
}

export interface Queryable {
  /** Runs one statement; every value goes in `params` as a bound parameter ($1, $2, …). */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Row[]>;
}

export interface Transaction extends Queryable {
  /** Runs a script of several statements without parameters (migrations only). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly backend: Backend;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Thrown when the database cannot be reached; routes turn it into 503 + Retry-After. */
export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}
