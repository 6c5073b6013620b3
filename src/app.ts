import { cors } from 'hono/cors';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './app-env';
import { authenticate } from './middleware/authenticate';
import { database } from './middleware/database';
import { handleError, handleNotFound } from './middleware/handle-error';
import { requestLogger } from './middleware/request-logger';
import { createRouter } from './openapi/create-router';
import { registerOpenApiDocument } from './openapi/document';
import { actionsRouter } from './routes/actions/actions.index';
import { docsRouter } from './routes/docs/docs.index';
import { healthRouter } from './routes/health/health.index';
import { periodsRouter } from './routes/periods/periods.index';

function allowedOrigin(origin: string, env: Env): string | null {
  const allowed = env.CORS_ALLOWED_ORIGINS.split(',').map((entry) => entry.trim());
  if (allowed.includes('*')) return '*';
  return allowed.includes(origin) ? origin : null;
}

/** A cross-origin caller must still be allowed to read a 304, and see where it came from. */
const RETAINED_ON_304 = [
  ...RETAINED_304_HEADERS,
  'Access-Control-Allow-Origin',
  'Access-Control-Expose-Headers',
  'X-Cache',
];

/** Every answer here depends on the API key, errors included, so no shared cache may keep one. */
const privateResponses = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  c.header('Cache-Control', 'private');
  c.header('Vary', 'Authorization', { append: true });
});

export function createApp() {
  const app = createRouter();

  app.use(requestLogger);
  app.use(
    cors({
      origin: (origin, c) => allowedOrigin(origin, c.env),
      allowMethods: ['GET', 'HEAD', 'OPTIONS'],
      allowHeaders: ['Authorization', 'If-None-Match', 'Content-Type'],
      exposeHeaders: ['ETag', 'X-Cache', 'X-Request-Id', 'Retry-After'],
      maxAge: 86_400,
    }),
  );
  // `/periods/*` also matches `/periods`; listing both would run this chain twice.
  const conditional = etag({ retainedHeaders: RETAINED_ON_304 });
  app.use('/periods/*', privateResponses, database, authenticate, conditional);

  app.route('/', healthRouter);
  app.route('/', periodsRouter);
  app.route('/', actionsRouter);
  app.route('/', docsRouter);
  registerOpenApiDocument(app);

  app.notFound(handleNotFound);
  app.onError(handleError);
  return app;
}
