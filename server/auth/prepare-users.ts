import type { Database } from '../db/database';
import { appendAudit } from './audit-repository';
import type { Role } from './roles';
import { countUsers, insertUser } from './users-repository';

export const DEMO_USERS: ReadonlyArray<{ name: string; role: Role }> = [
  { name: 'demo-admin', role: 'admin' },
  { name: 'demo-planner', role: 'planner' },
  { name: 'demo-viewer', role: 'viewer' },
];

/**
 * On a database with no users: creates the demo accounts (embedded demo only; their passwords
 * are their names and are printed as demo-only), or says how to create the first admin.
 */
export async function prepareUsers(db: Database, options: { demoUsers: boolean; log: (message: string) => void }): Promise<void> {
  if ((await countUsers(db)) === 0 && options.demoUsers) {
    await db.transaction(async (tx) => {
      for (const demo of DEMO_USERS) {
        const user = await insertUser(tx, { ...demo, password: demo.name, demo: true });
        await appendAudit(tx, { name: 'corridor-start' }, { action: 'create', objectType: 'user', objectId: user.id, after: user });
      }
    });
  }
  const [row] = await db.query<{ demo: number; real: number }>(
    'select count(*) filter (where demo and not disabled)::int as demo, count(*) filter (where not demo)::int as real from users');
  if ((row?.demo ?? 0) > 0) {
    options.log('DEMO ONLY — published demo accounts exist (never use them with real data): '
      + DEMO_USERS.map((u) => `${u.name} / ${u.name} (${u.role})`).join(', '));
  }
  if ((row?.real ?? 0) === 0 && (row?.demo ?? 0) === 0) {
    options.log('No users yet. Create the first admin: npm run user:add -- --name <name> --role admin');
  }
}
