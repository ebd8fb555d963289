// npm run user:add -- --name <name> --role viewer|planner|admin [--area <code> ...] [--password <pw>]
import { parseArgs } from 'node:util';
import { appendAudit } from '../server/auth/audit-repository';
import { ROLES, type Role } from '../server/auth/roles';
import { findUserByName, insertUser } from '../server/auth/users-repository';
import { log, promptPassword, runUserCommand, UsageError } from './user-cli';

const USAGE = 'npm run user:add -- --name <name> --role viewer|planner|admin [--area <admin-area code> ...] [--password <password>]';
const { values } = parseArgs({
  options: { name: { type: 'string' }, role: { type: 'string' }, area: { type: 'string', multiple: true }, password: { type: 'string' } },
});

await runUserCommand(USAGE, async (db) => {
  const { name, role } = values;
  if (!name || !/^[A-Za-z0-9_.@-]{1,64}$/.test(name)) throw new UsageError('--name: letters, digits, _ . @ -; at most 64');
  if (!role || !(ROLES as readonly string[]).includes(role)) throw new UsageError(`--role: one of ${ROLES.join(', ')}`);
  const areas = values.area ?? [];
  if (areas.length > 0 && role !== 'planner') throw new UsageError('--area: only a planner is limited to areas');
  const known = await db.query<{ code: string }>('select code from admin_areas where code = any($1::text[])', [areas]);
  const unknown = areas.filter((a) => !known.some((k) => k.code === a));
  if (unknown.length > 0) throw new UsageError(`--area: no admin area ${unknown.join(', ')}`);
  if (await findUserByName(db, name)) throw new UsageError(`--name: a user "${name}" exists`);
  const password = values.password ?? (await promptPassword(`Password for ${name}: `));
  if (password.length < 8) throw new UsageError('--password: at least 8 characters');
  const user = await db.transaction(async (tx) => {
    const created = await insertUser(tx, { name, role: role as Role, areas, password });
    await appendAudit(tx, { name: 'cli' }, { action: 'create', objectType: 'user', objectId: created.id, after: created });
    return created;
  });
  log(`Created ${user.role} "${user.name}" (id ${user.id})${areas.length ? `, limited to ${areas.join(', ')}` : ''}.`);
});
