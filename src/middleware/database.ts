import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env';
import { createDatabase } from '../db/client';

/** Puts a drizzle client on the context; no statement runs until one is needed. */
export const database = createMiddleware<AppEnv>(async (c, next) => {
  c.set('db', createDatabase(c.env.DB));
  await next();
});
