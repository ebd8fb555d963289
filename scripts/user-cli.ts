// Shared by the user:* commands: opens the configured database (DATABASE_URL or the embedded one),
// migrates it, runs the command, and turns a failure into a message and exit code 1.
import type { Database } from '../server/db/database';
import { migrate } from '../server/db/migrate';
import { openDatabase } from '../server/db/open-database';
import { readConfig } from '../server/config';

export const log = (message: string) => process.stderr.write(`${message}\n`);

export class UsageError extends Error {}

export async function runUserCommand(usage: string, command: (db: Database) => Promise<void>): Promise<void> {
  let db: Database | undefined;
  try {
    db = await openDatabase(readConfig(), { log: () => undefined });
    await migrate(db);
    await command(db);
  } catch (error) {
    log(error instanceof UsageError ? `${error.message}\nusage: ${usage}` : `failed: ${(error as Error).message}`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  } finally {
    await db?.close();
  }
}

/** Reads a password from the terminal without echoing it (or one line from a pipe). */
export async function promptPassword(question: string): Promise<string> {
  const { stdin, stderr } = process;
  stderr.write(question);
  if (!stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').split('\n')[0]!.trim();
  }
  return new Promise((resolve) => {
    let typed = '';
    stdin.setRawMode(true);
    stdin.resume();
    const onData = (data: Buffer) => {
      for (const ch of data.toString('utf8')) {
        if (ch === '\r' || ch === '\n') {
          stdin.setRawMode(false); stdin.pause(); stdin.off('data', onData); stderr.write('\n');
          return resolve(typed);
        }
        if (ch === '\u0003') process.exit(130);
        typed = ch === '\u007f' ? typed.slice(0, -1) : typed + ch;
      }
    };
    stdin.on('data', onData);
  });
}
