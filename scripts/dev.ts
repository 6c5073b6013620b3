import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { eq, inArray } from 'drizzle-orm';
import { periods, teams } from '../src/db/schema';
import { importPeriods } from '../src/import/import-periods';
import { createApiKey, findApiKey } from '../src/operations/api-keys';
import { type OperatorDatabase, sqlBuilder, statement } from '../src/operations/statements';
import { DEMO_API_KEYS, demoImportFiles } from './demo-data';
import { runCommand } from './operator-command';
import { openOperatorDatabase, runWrangler, WRANGLER } from './operator-database';

/*
 * `npm run dev`: prepares the local database, then hands over to `wrangler dev`,
 * so the demo data is in place before the server answers its first request.
 * Arguments go on to wrangler dev: `npm run dev -- --port 9000`.
 */

const args = process.argv.slice(2);
const { values } = parseArgs({ args, options: { port: { type: 'string' } }, strict: false });
const port = typeof values.port === 'string' ? values.port : '8787';
const devArgs = values.port === undefined ? ['--port', port, ...args] : args;

/** Demo teams that already have periods; their data is never loaded twice. */
async function loadedDemoTeams(db: OperatorDatabase) {
  const names = DEMO_API_KEYS.map(({ team }) => team);
  const [rows = []] = await db.read([
    statement(
      sqlBuilder
        .selectDistinct({ name: teams.name })
        .from(teams)
        .innerJoin(periods, eq(periods.teamId, teams.id))
        .where(inArray(teams.name, names)),
    ),
  ]);
  return new Set(rows.map(({ name }) => String(name)));
}

async function loadDemoData(db: OperatorDatabase) {
  const loaded = await loadedDemoTeams(db);
  for (const file of demoImportFiles()) {
    if (loaded.has(file.team)) continue;
    const { summary } = await importPeriods(db, file, { now: Date.now() });
    const { periods: created, actions } = summary;
    console.log(
      `Loaded demo team ${file.team}: ${created.created} periods, ${actions.created} actions.`,
    );
  }
}

async function addDemoApiKeys(db: OperatorDatabase) {
  for (const { team, key } of DEMO_API_KEYS) {
    const stored = await findApiKey(db, key);
    if (!stored) await createApiKey(db, team, { now: Date.now(), key });
    else if (stored.revokedAt !== null) console.log(`The demo key of ${team} is revoked.`);
  }
}

function printDemoKeys() {
  const base = `http://localhost:${port}`;
  const [acme] = DEMO_API_KEYS;
  const fields = encodeURIComponent(JSON.stringify(['Priority', 'Region']));
  console.log('\nDemo API keys (local database only):');
  for (const { team, key } of DEMO_API_KEYS) console.log(`  ${team.padEnd(8)} ${key}`);
  console.log('\nTry:');
  console.log(`  curl -H "Authorization: Bearer ${acme.key}" ${base}/periods`);
  const actions = `${base}/periods/1234/actions?form_fields=${fields}`;
  console.log(`  curl -H "Authorization: Bearer ${acme.key}" "${actions}"`);
  console.log(`  open ${base}/docs\n`);
}

function startWranglerDev() {
  const child = spawn(process.execPath, [WRANGLER, 'dev', ...devArgs], {
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

await runCommand(async () => {
  console.log('Applying migrations to the local database...');
  await runWrangler(['d1', 'migrations', 'apply', 'DB', '--local']);

  const { db, close } = await openOperatorDatabase({ remote: false });
  try {
    await loadDemoData(db);
    await addDemoApiKeys(db);
  } finally {
    await close();
  }
  printDemoKeys();
});
if (process.exitCode === undefined) startWranglerDev();
