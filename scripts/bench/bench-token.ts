import { randomBytes } from 'node:crypto';
import { createApiToken, findUserByName, insertUser } from '../../server/auth/users-repository';
import type { Database } from '../../server/db/database';

/** A bearer token of the `bench-reader` viewer (made on first use), so benchmarks read signed in. */
export async function benchToken(db: Database): Promise<string> {
  const user = (await findUserByName(db, 'bench-reader'))
    ?? (await insertUser(db, { name: 'bench-reader', role: 'viewer', password: randomBytes(24).toString('base64url') }));
  return (await createApiToken(db, user.id, 'bench')).token;
}
