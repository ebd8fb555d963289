// npm run db:migrate — applies pending migrations on the configured backend.
import { readConfig } from '../server/config';
import { openDatabase } from '../server/db/open-database';
import { migrate } from '../server/db/migrate';

const log = (message: string) => process.stderr.write(`${message}\n`);
const config = readConfig();
const db = await openDatabase(config, { log });
try {
  const { applied, alreadyApplied } = await migrate(db);
  log(applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to apply.');
  log(`${alreadyApplied} migration(s) were already applied.`);
} catch (error) {
  log(`Migration failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
