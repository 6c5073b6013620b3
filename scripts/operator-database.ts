import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { getPlatformProxy } from 'wrangler';
import { type D1Binding, d1OperatorDatabase } from '../src/operations/d1-operator-database';
import { inlineParameters } from '../src/operations/inline-sql';
import type { OperatorDatabase, Row, Statement } from '../src/operations/statements';

/*
 * How the operator commands reach D1.
 *
 * Local: wrangler's platform proxy opens the same .wrangler/state database as
 * `wrangler dev` and hands us a real D1 binding, the one the tests use; every
 * write is one D1 batch, which D1 runs as a single transaction.
 *
 * Remote: `wrangler d1 execute --remote`. Reads go through `--command`. A write
 * goes through `--file`, which wrangler sends to D1's import API: the database
 * returns to its previous state if any statement fails, and answers no queries
 * while it imports.
 */

// No network calls for request.cf data or metrics, here and in every child process.
Object.assign(process.env, {
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_SEND_METRICS: 'false',
});

const wranglerPackage = createRequire(import.meta.url).resolve('wrangler/package.json');
export const WRANGLER = join(dirname(wranglerPackage), 'bin', 'wrangler.js');

/** Linux caps one command-line argument at 128 KiB; stay well below it. */
const MAX_COMMAND_BYTES = 100_000;

export class WranglerError extends Error {
  override name = 'WranglerError';
}

export interface OpenDatabase {
  db: OperatorDatabase;
  location: string;
  close(): Promise<void>;
}

export async function openOperatorDatabase(options: { remote: boolean }): Promise<OpenDatabase> {
  const { remote } = options;
  if (remote) {
    return { db: remoteDatabase(), location: 'remote', close: async () => {} };
  }
  const proxy = await getPlatformProxy<{ DB: D1Binding }>({ persist: true });
  return { db: d1OperatorDatabase(proxy.env.DB), location: 'local', close: () => proxy.dispose() };
}

/** Runs wrangler with its output captured; rejects with wrangler's own error message. */
export function runWrangler(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRANGLER, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const out = Buffer.concat(stdout).toString('utf8');
      if (code === 0) resolve(out);
      else reject(new WranglerError(wranglerFailure(out, Buffer.concat(stderr).toString('utf8'))));
    });
  });
}

/** With --json, wrangler prints its error as JSON on stdout; otherwise as text on stderr. */
function wranglerFailure(stdout: string, stderr: string): string {
  const reported = jsonErrorText(stdout);
  if (reported) return reported;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colour codes
  const text = `${stderr}\n${stdout}`.replace(/\u001b\[[0-9;]*m/g, '').trim();
  return text.split('\n').slice(-15).join('\n') || 'wrangler failed';
}

function jsonErrorText(stdout: string): string | undefined {
  try {
    return (JSON.parse(stdout) as { error?: { text?: string } }).error?.text;
  } catch {
    return undefined;
  }
}

function remoteDatabase(): OperatorDatabase {
  const execute = ['d1', 'execute', 'DB', '--remote'];
  return {
    async read(statements) {
      const results: Row[][] = [];
      for (const command of commands(statements)) {
        const output = await runWrangler([...execute, '--json', '--command', command.sql]);
        const parsed = JSON.parse(output) as { results?: Row[] }[];
        if (parsed.length !== command.count) throw new WranglerError('unexpected wrangler output');
        results.push(...parsed.map((result) => result.results ?? []));
      }
      return results;
    },
    async write(statements) {
      if (statements.length === 0) return;
      const directory = await mkdtemp(join(tmpdir(), 'periods-api-'));
      const file = join(directory, 'write.sql');
      try {
        await writeFile(file, statements.map((s) => `${inlineParameters(s)};\n`).join(''));
        await runWrangler([...execute, '--yes', '--file', file]);
      } finally {
        await rm(directory, { recursive: true, force: true });
      }
    },
  };
}

/** Read statements grouped into as few `--command` arguments as fit. */
function commands(statements: readonly Statement[]) {
  const groups: { sql: string; count: number }[] = [];
  for (const statement of statements) {
    const sql = inlineParameters(statement);
    const last = groups.at(-1);
    if (last && Buffer.byteLength(last.sql) + Buffer.byteLength(sql) + 2 <= MAX_COMMAND_BYTES) {
      last.sql += `;\n${sql}`;
      last.count += 1;
    } else groups.push({ sql, count: 1 });
  }
  return groups;
}
