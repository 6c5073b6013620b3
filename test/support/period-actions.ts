import type { z } from '@hono/zod-openapi';
import type { ActionListSchema } from '../../src/routes/actions/actions.schemas';
import { type CallOptions, getJson } from './client';

export type ActionList = z.infer<typeof ActionListSchema>;

export const actionsPath = (periodId: number | string, query = '') =>
  `/periods/${periodId}/actions${query === '' ? '' : `?${query}`}`;

/** GET /periods/{period_id}/actions with a raw, already encoded query string. */
export const getActions = (key: string, periodId: number | string, query = '') =>
  getJson<ActionList>(actionsPath(periodId, query), { key });

export const encodedJson = (value: unknown) =>
  `form_fields=${encodeURIComponent(JSON.stringify(value))}`;

/**
 * The isolate remembers a key's team after its first request, so a test that
 * counts statements sends one request first and then counts the next one.
 */
export async function warmKey(key: string, options: CallOptions = {}) {
  await getJson(actionsPath(0), { ...options, key });
}
