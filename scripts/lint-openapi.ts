/*
 * Lints the served OpenAPI document with Redocly's CLI and fails on any
 * problem, warnings included. The document is also left in artifacts/ to read.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { servedDocument } from './openapi-document';

interface LintProblem {
  ruleId: string;
  severity: string;
  message: string;
  location: { pointer: string }[];
}

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: LintProblem[];
}

const documentPath = 'artifacts/openapi.json';
mkdirSync('artifacts', { recursive: true });
writeFileSync(documentPath, `${JSON.stringify(await servedDocument(), null, 2)}\n`);

const redocly = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
const run = spawnSync(
  process.execPath,
  [redocly, 'lint', documentPath, '--config', 'redocly.yaml', '--format', 'json'],
  {
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  },
);
if (run.error || !run.stdout.trim().startsWith('{')) {
  console.error(run.stderr || run.error);
  process.exit(1);
}

const { totals, problems } = JSON.parse(run.stdout) as LintReport;
for (const problem of problems) {
  const where = problem.location[0]?.pointer ?? '';
  console.log(`${problem.severity} ${problem.ruleId} at ${where}: ${problem.message}`);
}
console.log(`redocly lint ${documentPath}: errors ${totals.errors}, warnings ${totals.warnings}`);
if (totals.errors + totals.warnings > 0) process.exit(1);
