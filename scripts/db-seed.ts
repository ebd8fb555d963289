// npm run db:seed [-- --replace] [-- --dir data/demo] — loads the demo dataset with a progress bar.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { readConfig } from '../server/config';
import { openDatabase } from '../server/db/open-database';
import { migrate } from '../server/db/migrate';
import { createProgressBar } from '../server/lib/progress-bar';
import { DEMO_DIR, seedDemo } from '../server/seed/demo-seed';

const { values } = parseArgs({
  options: { replace: { type: 'boolean', default: false }, dir: { type: 'string' } },
});
const log = (message: string) => process.stderr.write(`${message}\n`);
const db = await openDatabase(readConfig(), { log });
try {
  await migrate(db);
  const bar = createProgressBar();
  const started = Date.now();
  await seedDemo(db, {
    dir: values.dir ? resolve(values.dir) + '/' : DEMO_DIR,
    replace: values.replace,
    onProgress: ({ table, done, total }) => bar.update(table, done, total),
  });
  log(`Demo dataset loaded in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  log(`Seeding failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
