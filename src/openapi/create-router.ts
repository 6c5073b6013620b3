import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env';

/**
 * Every router shares this hook, so a request that fails validation gets the
 * message of its first issue, which each parameter schema words itself.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    strict: true,
    defaultHook: (result, c) => {
      if (result.success) return;
      const message = result.error.issues[0]?.message ?? 'Invalid request.';
      return c.json({ message }, 400);
    },
  });
}
