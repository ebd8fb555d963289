import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import { Mutex } from '../lib/mutex';
import type { Database, QueryOptions, Transaction } from './database';

type Tx = Pick<PGlite, 'query' | 'exec'>;

const queryOn = async <Row>(target: Tx, sql: string, params: unknown[] = [], options?: QueryOptions) => {
  options?.signal?.throwIfAborted();
  const result = await target.query<Row>(sql, params);
  return result.rows;
};

/**
 * Embedded PostGIS (PGlite, WebAssembly). One session only: a mutex serialises queries and
 * transactions so that a query never lands inside another caller's transaction.
 */
export async function openPgliteDatabase(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create({ dataDir, extensions: { postgis } });
  const lock = new Mutex();
  return {
    backend: 'embedded',
    query: (sql, params, options) => lock.run(() => queryOn(pg, sql, params, options)),
    transaction: (fn) =>
      lock.run(() =>
        pg.transaction((tx) => {
          const scoped: Transaction = {
            query: (sql, params, options) => queryOn(tx, sql, params, options),
            exec: async (sql) => void (await tx.exec(sql)),
          };
          return fn(scoped);
        }),
      ),
    close: () => lock.run(() => pg.close()),
  };
}
