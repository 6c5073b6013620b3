import { parseArgs } from 'node:util';
import { formatInstant } from '../src/dates';
import { createApiKey, revokeApiKey } from '../src/operations/api-keys';
import { runCommand, UsageError } from './operator-command';
import { openOperatorDatabase } from './operator-database';

const USAGE = `Usage:
  npm run keys:create -- --team "Team name" [--remote]
  npm run keys:revoke -- KEY_OR_PREFIX [--remote]

Works on the local database (the one \`npm run dev\` uses) unless --remote is given.
keys:create prints the new key alone on the last line of stdout; it is not shown again.
keys:revoke takes the full key or its 12-character prefix (pak_ and 8 more).`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    team: { type: 'string' },
    remote: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const [command, ...rest] = positionals;

async function create(team: string | undefined) {
  if (team === undefined || rest.length > 0) {
    throw new UsageError(`expected --team NAME\n${USAGE}`);
  }
  const { db, location, close } = await openOperatorDatabase({ remote: values.remote });
  try {
    const created = await createApiKey(db, team, { now: Date.now() });
    const teamNote = created.teamCreated ? 'new team' : 'existing team';
    console.error(`Created an API key for "${team}" (${teamNote}) in the ${location} database.`);
    console.error(`Its prefix, to revoke it later: ${created.prefix}`);
    console.error('Store the key now; it cannot be shown again:');
    console.log(created.key);
  } finally {
    await close();
  }
}

async function revoke(keyOrPrefix: string | undefined) {
  if (keyOrPrefix === undefined || rest.length > 1 || values.team !== undefined) {
    throw new UsageError(`expected one key or prefix\n${USAGE}`);
  }
  const { db, location, close } = await openOperatorDatabase({ remote: values.remote });
  try {
    const revoked = await revokeApiKey(db, keyOrPrefix, Date.now());
    const when = formatInstant(revoked.revokedAt);
    const state = revoked.alreadyRevoked ? `was already revoked at ${when}` : 'is now revoked';
    console.log(`API key ${revoked.prefix} of team "${revoked.team}" ${state} (${location}).`);
  } finally {
    await close();
  }
}

await runCommand(async () => {
  if (values.help) return console.log(USAGE);
  if (command === 'create') return create(values.team);
  if (command === 'revoke') return revoke(rest[0]);
  throw new UsageError(USAGE);
});
