import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { DEMO_API_KEYS } from './demo-data';

/*
 * `npm run bench`: one run of the local dev server (`npm run dev`, demo data)
 * under load from autocannon. Absolute figures depend on the machine, so each
 * scenario is also given as a ratio to /health, the Worker alone with no I/O.
 * Local D1 is SQLite on this disk: it shows the cost of our code and queries,
 * not the network distance to a deployed database.
 */

const { BENCH_PORT = '8899', BENCH_SECONDS = '5' } = process.env;
const PORT = Number(BENCH_PORT);
const BASE = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(BENCH_SECONDS);
const CONNECTIONS = 4;
const FIELDS = encodeURIComponent(JSON.stringify(['Priority', 'Region']));
const [acme] = DEMO_API_KEYS;
if (!acme) throw new Error('The demo data defines no API key.');
const auth = { authorization: `Bearer ${acme.key}` };

// Every request asks for a range no earlier request asked for, so each is a cache miss.
let missCount = 0;
const unseenRange = () =>
  `/periods?end_date=${new Date(Date.UTC(2030, 0, 1) + ++missCount).toISOString()}`;

interface Scenario {
  name: string;
  path: () => string;
  headers?: Record<string, string>;
}

const scenarios: Scenario[] = [
  { name: 'GET /health', path: () => '/health' },
  { name: 'GET /periods, cache hit', path: () => '/periods?start_date=2024-01-01', headers: auth },
  { name: 'GET /periods, cache miss', path: unseenRange, headers: auth },
  {
    name: 'GET /periods/1234/actions, 2 form fields',
    path: () => `/periods/1234/actions?form_fields=${FIELDS}`,
    headers: auth,
  },
];

function startDevServer(): ChildProcess {
  return spawn('npx', ['tsx', 'scripts/dev.ts', '--port', String(PORT)], {
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function waitForServer(timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ready = await fetch(`${BASE}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The dev server did not answer on ${BASE} in time.`);
}

/** Peak resident memory of the workerd processes serving the benchmark, in MiB. */
function workerdPeakMemoryMib(): number {
  const pids = execFileSync('pgrep', ['-f', 'workerd serve'], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  const peakKb = pids.map((pid) => {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  });
  return Math.round(Math.max(0, ...peakKb) / 1024);
}

async function measure({ name, path, headers = {} }: Scenario) {
  await fetch(`${BASE}${path()}`, { headers }); // warms the key cache and, for hits, the entry
  const result = await autocannon({
    url: BASE,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      { method: 'GET', headers, setupRequest: (request) => ({ ...request, path: path() }) },
    ],
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  return { name, failed, latency: result.latency, requests: result.requests };
}

function report(results: Awaited<ReturnType<typeof measure>>[]) {
  const health = results[0];
  if (!health) return;
  console.log(`\n${CONNECTIONS} connections, ${SECONDS} s per scenario\n`);
  console.log('scenario'.padEnd(44), 'p50 ms', ' p99 ms', '  req/s', ' p50/health', 'failed');
  for (const r of results) {
    const ratio = (r.latency.p50 / Math.max(health.latency.p50, 0.01)).toFixed(2);
    console.log(
      r.name.padEnd(44),
      String(r.latency.p50).padStart(6),
      String(r.latency.p99).padStart(7),
      String(Math.round(r.requests.average)).padStart(7),
      ratio.padStart(11),
      String(r.failed).padStart(6),
    );
  }
  console.log(`\nworkerd peak resident memory: ${workerdPeakMemoryMib()} MiB`);
}

const server = startDevServer();
try {
  await waitForServer(180_000);
  const results = [];
  for (const scenario of scenarios) results.push(await measure(scenario));
  report(results);
  if (results.some((r) => r.failed > 0)) process.exitCode = 1;
} finally {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}
