import type { RouteHandler } from '@hono/zod-openapi';
import type { TypedResponse } from 'hono';
import type { AppEnv } from '../../app-env';
import { readThroughPeriodListCache } from '../../cache/period-list-cache';
import { listPeriods as queryPeriods } from '../../db/queries/periods';
import type { listPeriods } from './periods.routes';
import { type PeriodList, toPeriodResponse } from './periods.schemas';

export const listPeriodsHandler: RouteHandler<typeof listPeriods, AppEnv> = async (c) => {
  const { start_date: start, end_date: end } = c.req.valid('query');
  const range = { start, end };

  const { body, status } = await readThroughPeriodListCache(c, range, async () => {
    const periods = await queryPeriods(c.var.db, c.var.teamId, range);
    return { periods: periods.map(toPeriodResponse) };
  });

  c.set('cacheStatus', status);
  const headers = { 'Content-Type': 'application/json', 'X-Cache': status };
  // The body is a serialised PeriodList already; parsing it again only to type it would slow hits.
  return c.body(body, 200, headers) as unknown as TypedResponse<PeriodList, 200, 'json'>;
};
