import { createMiddleware } from 'hono/factory';
import { API_KEY_PATTERN, hashApiKey } from '../api-keys';
import type { AppEnv } from '../app-env';
import { findApiKeyByHash } from '../db/queries/api-keys';
import { ApiError, MESSAGES } from '../errors';
import { TeamByKeyCache } from './team-by-key-cache';

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="periods-api"' };
const DEFAULT_KEY_CACHE_SECONDS = 30;

const teamByKey = new TeamByKeyCache(1_000);

/** A value that is not a number of seconds falls back to the default rather than to forever. */
function keyCacheMs(env: Env): number {
  const seconds = Number(env.API_KEY_CACHE_SECONDS);
  return (Number.isFinite(seconds) ? seconds : DEFAULT_KEY_CACHE_SECONDS) * 1000;
}

const unauthorized = (message: string) => new ApiError(401, message, CHALLENGE);

function bearerToken(header: string | undefined): string {
  if (header === undefined || header.trim() === '') throw unauthorized(MESSAGES.missingKey);
  const match = /^Bearer +(\S+) *$/i.exec(header);
  if (!match?.[1] || !API_KEY_PATTERN.test(match[1])) throw unauthorized(MESSAGES.malformedKey);
  return match[1];
}

/**
 * Resolves the bearer key to its team before any parameter is read. A known
 * key is remembered in this isolate for API_KEY_CACHE_SECONDS (default 30),
 * so a revoked key can keep working for up to that long in a warm isolate.
 */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const keyHash = await hashApiKey(bearerToken(c.req.header('Authorization')));

  let teamId = teamByKey.get(keyHash);
  if (teamId === undefined) {
    const stored = await findApiKeyByHash(c.var.db, keyHash);
    if (!stored || stored.revokedAt !== null) throw unauthorized(MESSAGES.rejectedKey);
    teamId = stored.teamId;
    teamByKey.set(keyHash, teamId, keyCacheMs(c.env));
  }

  c.set('teamId', teamId);
  await next();
});
