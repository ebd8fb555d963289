// npm run user:token -- --name <name> [--label <text>]   prints a new API token, alone on its last line
// npm run user:token -- --name <name> --revoke           revokes every API token of that user
import { parseArgs } from 'node:util';
import { appendAudit } from '../server/auth/audit-repository';
import { createApiToken, findUserByName, revokeApiTokens } from '../server/auth/users-repository';
import { log, runUserCommand, UsageError } from './user-cli';

const USAGE = 'npm run user:token -- --name <name> [--label <text>] [--revoke]';
const { values } = parseArgs({ options: { name: { type: 'string' }, label: { type: 'string' }, revoke: { type: 'boolean', default: false } } });

await runUserCommand(USAGE, async (db) => {
  if (!values.name) throw new UsageError('--name: which user');
  const user = await findUserByName(db, values.name);
  if (!user) throw new UsageError(`--name: no user "${values.name}"`);
  if (values.revoke) {
    const count = await db.transaction(async (tx) => {
      const n = await revokeApiTokens(tx, user.id);
      await appendAudit(tx, { name: 'cli' }, { action: 'revoke-tokens', objectType: 'user', objectId: user.id, after: { revoked: n } });
      return n;
    });
    log(`Revoked ${count} token(s) of "${user.name}".`);
    return;
  }
  const { id, token } = await db.transaction(async (tx) => {
    const made = await createApiToken(tx, user.id, values.label ?? '');
    await appendAudit(tx, { name: 'cli' }, { action: 'create-token', objectType: 'user', objectId: user.id, after: { tokenId: made.id, label: values.label ?? '' } });
    return made;
  });
  log(`API token ${id} for ${user.role} "${user.name}" (send it as "Authorization: Bearer <token>"; shown once):`);
  console.log(token);
});
