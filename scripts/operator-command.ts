import { ImportError } from '../src/import/import-error';
import { ApiKeyCommandError } from '../src/operations/api-keys';
import { WranglerError } from './operator-database';

/** A mistake in how a command was called. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const EXPECTED = [UsageError, ImportError, ApiKeyCommandError, WranglerError];

/** Runs a command, turning an expected failure into one line on stderr and exit code 1. */
export async function runCommand(main: () => Promise<void>) {
  try {
    await main();
  } catch (error) {
    process.exitCode = 1;
    if (!EXPECTED.some((kind) => error instanceof kind)) throw error;
    const { message } = error as Error;
    console.error(`error: ${message}`);
    if (/no such table/.test(message)) {
      console.error('hint: apply the migrations first: npm run db:migrate (or db:migrate:remote)');
    }
  }
}
