import type { Context } from 'hono';
import type { AppEnv, CacheStatus } from '../app-env';
import type { PeriodRange } from '../db/queries/periods';
import { type PeriodList, PeriodListSchema } from '../routes/periods/periods.schemas';

/*
 * Period lists are kept in the Workers Cache API of the data centre that
 * served them. The key is built from the team and the parsed range only, so
 * two spellings of the same instant share an entry and no two teams ever do.
 * Bump FORMAT_VERSION whenever the body of a period list changes shape.
 */
const FORMAT_VERSION = 'v1';
const CACHE_NAME = 'period-lists';
const DEFAULT_TTL_SECONDS = 60;
const FORMAT_HEADER = 'X-Period-List-Format';

function ttlSeconds(env: Env): number {
  const ttl = Number(env.PERIODS_CACHE_TTL_SECONDS);
  return Number.isFinite(ttl) && ttl >= 0 ? Math.floor(ttl) : DEFAULT_TTL_SECONDS;
}

function cacheKey(requestUrl: string, teamId: number, range: PeriodRange): Request {
  const url = new URL(`/__cache/period-lists/${FORMAT_VERSION}/teams/${teamId}`, requestUrl);
  url.searchParams.set('start', range.start === undefined ? '' : String(range.start));
  url.searchParams.set('end', range.end === undefined ? '' : String(range.end));
  return new Request(url, { method: 'GET' });
}

function logCacheFault(operation: string, error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  console.warn(JSON.stringify({ level: 'warn', event: 'cache_fault', operation, message }));
}

/** The body of a usable entry, or undefined for a miss or an entry that is not ours. */
async function readEntry(cache: Cache, key: Request): Promise<string | undefined> {
  const response = await cache.match(key);
  if (!response) return undefined;

  const body = await response.text();
  const valid =
    response.status === 200 &&
    response.headers.get(FORMAT_HEADER) === FORMAT_VERSION &&
    PeriodListSchema.safeParse(JSON.parse(body)).success;
  if (!valid) throw new Error('cached period list is malformed');
  return body;
}

async function writeEntry(cache: Cache, key: Request, body: string, ttl: number) {
  const entry = new Response(body, {
    headers: {
      'Content-Type': 'application/json',
      'Cache-Control': `public, max-age=${ttl}`,
      [FORMAT_HEADER]: FORMAT_VERSION,
    },
  });
  try {
    await cache.put(key, entry);
  } catch (error) {
    logCacheFault('write', error);
  }
}

/**
 * Serves a period list from the cache, or loads it and stores it without
 * delaying the response. A failing cache only costs a trip to D1.
 */
export async function readThroughPeriodListCache(
  c: Context<AppEnv>,
  range: PeriodRange,
  load: () => Promise<PeriodList>,
): Promise<{ body: string; status: CacheStatus }> {
  const key = cacheKey(c.req.url, c.var.teamId, range);
  let cache: Cache | undefined;
  try {
    cache = await caches.open(CACHE_NAME);
    const cached = await readEntry(cache, key);
    if (cached !== undefined) return { body: cached, status: 'HIT' };
  } catch (error) {
    logCacheFault('read', error);
  }

  const body = JSON.stringify(await load());
  const ttl = ttlSeconds(c.env);
  if (cache && ttl > 0) c.executionCtx.waitUntil(writeEntry(cache, key, body, ttl));
  return { body, status: 'MISS' };
}
