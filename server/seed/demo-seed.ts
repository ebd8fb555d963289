import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Database, Queryable } from '../db/database';
import { DEMO_TABLES, ZONE_SEGMENTS_SQL } from './demo-tables';

export const DEMO_DIR = new URL('../../data/demo/', import.meta.url).pathname;
const BATCH_SIZE = 500;

export type SeedProgress = (step: { table: string; done: number; total: number }) => void;

interface FeatureCollection { features: unknown[] }

export function demoDataPresent(dir = DEMO_DIR): boolean {
  return DEMO_TABLES.every(({ file }) => existsSync(join(dir, file)));
}

export async function isDatabaseEmpty(db: Queryable): Promise<boolean> {
  const [row] = await db.query<{ n: number }>(
    'select (select count(*) from border_lines) + (select count(*) from checkpoints) as n',
  );
  return Number(row?.n) === 0;
}

/**
 * Loads the demo dataset in one transaction: either all of it lands or none of it does.
 * Refuses to run over existing data unless `replace` is set (which empties the tables first).
 */
export async function seedDemo(db: Database, options: { dir?: string; replace?: boolean; onProgress?: SeedProgress } = {}) {
  const dir = options.dir ?? DEMO_DIR;
  if (!demoDataPresent(dir)) {
    throw new Error(`The demo dataset is missing from ${dir}: run "npm run data:demo" to generate it.`);
  }
  const cache = new Map<string, unknown[]>();
  const featuresOf = (file: string) => {
    if (!cache.has(file)) {
      cache.set(file, (JSON.parse(readFileSync(join(dir, file), 'utf8')) as FeatureCollection).features);
    }
    return cache.get(file)!;
  };
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { seed?: unknown };

  await db.transaction(async (tx) => {
    if (options.replace) {
      await tx.query(`truncate ${DEMO_TABLES.map((t) => t.table).reverse().join(', ')}, zone_segments, dataset_info restart identity cascade`);
    } else if (!(await isDatabaseEmpty(tx))) {
      throw new Error('The database already holds data; use --replace to empty it and load the demo dataset again.');
    }
    for (const { table, file, sql } of DEMO_TABLES) {
      const features = featuresOf(file);
      for (let start = 0; start < features.length; start += BATCH_SIZE) {
        await tx.query(sql, [JSON.stringify(features.slice(start, start + BATCH_SIZE))]);
        options.onProgress?.({ table, done: Math.min(start + BATCH_SIZE, features.length), total: features.length });
      }
    }
    options.onProgress?.({ table: 'zone_segments', done: 0, total: 1 });
    await tx.query(ZONE_SEGMENTS_SQL);
    options.onProgress?.({ table: 'zone_segments', done: 1, total: 1 });
    await tx.query(
      `insert into dataset_info (key, value) values ('dataset', 'demo'), ('synthetic', 'true'), ('seed', $1)
       on conflict (key) do update set value = excluded.value`,
      [String(manifest.seed ?? '')],
    );
  });
}
