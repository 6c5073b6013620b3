/*
 * Opens /docs of a local `wrangler dev` in Debian's Chromium and checks that
 * Swagger UI renders both operations from the Worker's own files, with no
 * request leaving this machine. Leaves a screenshot in artifacts/.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

const SCREENSHOT = 'artifacts/docs-page.png';
const OPERATIONS = ['/periods', '/periods/{period_id}/actions'];
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startWrangler(port: number, log: string[]): Promise<ChildProcess> {
  const wranglerPackage = createRequire(import.meta.url).resolve('wrangler/package.json');
  const wrangler = join(dirname(wranglerPackage), 'bin', 'wrangler.js');
  const args = ['dev', '--ip', '127.0.0.1', '--port', String(port)];
  args.push('--inspector-port', String(await freePort()), '--show-interactive-dev-session=false');
  const child = spawn(process.execPath, [wrangler, ...args], {
    detached: true, // its own process group, so that stopping it also stops workerd
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' },
  });
  child.stdout?.on('data', (chunk) => log.push(String(chunk)));
  child.stderr?.on('data', (chunk) => log.push(String(chunk)));
  return child;
}

async function waitUntilServing(url: string, wrangler: ChildProcess) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (wrangler.exitCode !== null) throw new Error('wrangler dev exited');
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within 60 s`);
}

async function stopWrangler(wrangler: ChildProcess) {
  if (wrangler.pid === undefined || wrangler.exitCode !== null) return;
  const exited = new Promise((resolve) => wrangler.once('exit', resolve));
  process.kill(-wrangler.pid, 'SIGTERM');
  const timer = setTimeout(() => process.kill(-(wrangler.pid ?? 0), 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

async function checkDocsPage(context: BrowserContext, origin: string) {
  const page = await context.newPage();
  const requested: string[] = [];
  const faults: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('requestfailed', (request) => faults.push(`request failed: ${request.url()}`));
  page.on('pageerror', (error) => faults.push(`page error: ${error.message}`));

  await page.goto(`${origin}/docs`);
  for (const path of OPERATIONS) {
    const operation = page.locator(`.opblock-get:has(.opblock-summary-path[data-path="${path}"])`);
    await operation.locator('.opblock-summary').click({ timeout: 30_000 });
    // Expanded, an operation lists its parameters and every documented status down to 503.
    await operation.locator('tr.response[data-code="503"]').waitFor();
  }
  mkdirSync('artifacts', { recursive: true });
  await page.screenshot({ path: SCREENSHOT, fullPage: true });

  const remote = requested.filter((url) => {
    const { protocol, host } = new URL(url);
    return !['data:', 'blob:'].includes(protocol) && !LOCAL_HOSTS.has(host.split(':')[0] ?? '');
  });
  faults.push(...remote.map((url) => `left localhost: ${url}`));
  if (faults.length > 0) throw new Error(faults.join('\n'));
  console.log(`/docs rendered both operations with ${requested.length} local requests`);
}

async function main() {
  if (!existsSync('public/vendor/swagger-ui/swagger-ui-bundle.js')) {
    throw new Error('Swagger UI assets are missing: run `npm run assets` first.');
  }
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const wranglerLog: string[] = [];
  const wrangler = await startWrangler(port, wranglerLog);
  const profile = mkdtempSync(join(tmpdir(), 'docs-page-chromium-'));
  let context: BrowserContext | undefined;

  try {
    await waitUntilServing(`${origin}/health`, wrangler);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
      headless: true,
    });
    await checkDocsPage(context, origin);
    console.log(`screenshot: ${SCREENSHOT}`);
  } catch (error) {
    console.error(wranglerLog.join(''));
    throw error;
  } finally {
    await context?.close();
    await stopWrangler(wrangler);
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
