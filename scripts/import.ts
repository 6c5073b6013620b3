import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import type { Counts, ImportSummary } from '../src/import/changes';
import { type ImportStep, importPeriods } from '../src/import/import-periods';
import { runCommand, UsageError } from './operator-command';
import { openOperatorDatabase } from './operator-database';

const USAGE = `Usage: npm run db:import -- FILE.json [--remote]

Loads periods, markers and actions for one team into the local database (the
one \`npm run dev\` uses), or the deployed one with --remote. Importing the same
file again changes nothing. A file with a problem is rejected as a whole.`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    remote: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

async function readImportFile(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8').catch((error: Error) => {
    throw new UsageError(`cannot read ${path}: ${error.message}`);
  });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** A bar on stderr when it is a terminal; wrangler's round trips make large files slow. */
function progressBar() {
  const bar = new cliProgress.SingleBar(
    {
      format: 'Import [{bar}] {value}/{total} {step}',
      stream: process.stderr,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    update(step: ImportStep, done: number, total: number) {
      if (!bar.isActive) bar.start(total, done, { step });
      bar.update(done, { step });
      if (step === 'done') bar.stop();
    },
    stop: () => bar.stop(),
  };
}

const line = (label: string, { created, updated, unchanged }: Counts) =>
  `  ${label.padEnd(12)} ${created} created, ${updated} updated, ${unchanged} unchanged`;

function printSummary(summary: ImportSummary, statements: number, location: string) {
  const newTeam = summary.teamCreated ? ' (new team)' : '';
  console.log(`Imported into team "${summary.team}"${newTeam} in the ${location} database:`);
  console.log(line('periods', summary.periods));
  console.log(line('markers', summary.markers));
  console.log(line('actions', summary.actions));
  console.log(line('memberships', summary.memberships));
  console.log(
    statements === 0
      ? 'Nothing to change: the database already holds this file.'
      : `${statements} statements written in one transaction.`,
  );
}

await runCommand(async () => {
  if (values.help) return console.log(USAGE);
  const [path, ...extra] = positionals;
  if (path === undefined || extra.length > 0) throw new UsageError(USAGE);

  const input = await readImportFile(path);
  const { db, location, close } = await openOperatorDatabase({ remote: values.remote });
  const progress = progressBar();
  try {
    const options = { now: Date.now(), onProgress: progress.update };
    const { summary, statements } = await importPeriods(db, input, options);
    printSummary(summary, statements.length, location);
  } finally {
    progress.stop();
    await close();
  }
});
