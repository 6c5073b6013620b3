import { DrizzleQueryError } from 'drizzle-orm';
import type { ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../app-env';
import { ApiError, MESSAGES } from '../errors';

const RETRY_AFTER_SECONDS = '5';

/*
 * Messages D1 gives when it cannot take the query now, as opposed to a fault
 * in the query itself. Those are worth a retry, so they become a 503.
 */
const UNAVAILABLE_PATTERNS = [
  /network connection lost/i,
  /overloaded/i,
  /too many requests queued/i,
  /storage operation exceeded timeout/i,
  /internal error while starting up d1/i,
  /d1 (db|database) (is )?(unavailable|reset)/i,
  /cannot resolve d1 database/i,
  /transient issue/i,
  /object to be reset/i,
  /failed to get session commit token/i,
  /database is locked|sqlite_busy/i,
];

function isDatabaseUnavailable(error: Error): boolean {
  const messages = [error.message, error.cause instanceof Error ? error.cause.message : ''];
  return messages.some((message) => UNAVAILABLE_PATTERNS.some((p) => p.test(message)));
}

/*
 * Drizzle wraps a failed query in an error whose message lists the bound
 * values, which can be API key hashes; its cause is the fault to judge and log.
 */
function faultOf(error: Error): Error {
  if (!(error instanceof DrizzleQueryError) || error.cause === undefined) return error;
  return error.cause instanceof Error ? error.cause : new Error(String(error.cause));
}

function logFault(error: Error, requestId: string | undefined) {
  const fault = faultOf(error);
  console.error(
    JSON.stringify({
      level: 'error',
      error: fault.name,
      message: fault.message,
      stack: fault.stack,
      query: error instanceof DrizzleQueryError ? error.query : undefined,
      request_id: requestId ?? null,
    }),
  );
}

export const handleError: ErrorHandler<AppEnv> = (error, c) => {
  if (error instanceof ApiError) {
    return c.json({ message: error.message }, error.status, error.headers);
  }
  if (error instanceof HTTPException && error.status < 500) {
    return c.json({ message: error.message || 'Bad request' }, error.status);
  }

  logFault(error, c.var.requestId);
  if (isDatabaseUnavailable(faultOf(error))) {
    return c.json({ message: MESSAGES.unavailable }, 503, { 'Retry-After': RETRY_AFTER_SECONDS });
  }
  return c.json({ message: MESSAGES.internal }, 500);
};

export const handleNotFound: NotFoundHandler<AppEnv> = (c) =>
  c.json({ message: MESSAGES.notFound }, 404);
