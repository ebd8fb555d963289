// npm run user:list — every user with role, areas and state.
import { listUsers } from '../server/auth/users-repository';
import { runUserCommand } from './user-cli';

await runUserCommand('npm run user:list', async (db) => {
  const users = await listUsers(db);
  if (users.length === 0) {
    console.log('No users. Create the first admin: npm run user:add -- --name <name> --role admin');
    return;
  }
  console.log(['id', 'name', 'role', 'areas', 'state'].join('\t'));
  for (const u of users) {
    console.log([u.id, u.name, u.role, u.areas.join(',') || '-', [u.disabled ? 'disabled' : 'active', u.demo ? 'DEMO' : ''].filter(Boolean).join(' ')].join('\t'));
  }
});
