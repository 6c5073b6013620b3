import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env';

/** One JSON line per request; keys, tokens and query values are never logged. */
export const requestLogger = createMiddleware<AppEnv>(async (c, next) => {
  const started = performance.now();
  const requestId = c.req.header('cf-ray') ?? crypto.randomUUID();
  c.set('requestId', requestId);

  await next();

  c.header('X-Request-Id', requestId);
  console.log(
    JSON.stringify({
      level: 'info',
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      duration_ms: Math.round((performance.now() - started) * 100) / 100,
      team: c.var.teamId ?? null,
      cache: c.var.cacheStatus ?? null,
      request_id: requestId,
    }),
  );
});
