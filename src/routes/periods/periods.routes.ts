import { createRoute, z } from '@hono/zod-openapi';
import { MESSAGES } from '../../errors';
import { errorResponse } from '../../openapi/schemas';
import { instantQueryParam } from '../query-params';
import { PeriodListSchema } from './periods.schemas';

export const listPeriodsQuery = z
  .object({
    start_date: instantQueryParam(
      'start_date',
      'Only periods ending at or after this instant. A date means midnight UTC.',
    ),
    end_date: instantQueryParam(
      'end_date',
      'Only periods starting at or before this instant. A date means midnight UTC.',
    ),
  })
  .refine(
    ({ start_date, end_date }) =>
      start_date === undefined || end_date === undefined || start_date <= end_date,
    { error: MESSAGES.invertedRange },
  );

export const listPeriods = createRoute({
  method: 'get',
  path: '/periods',
  tags: ['Periods'],
  summary: 'List periods',
  description:
    "The team's periods that overlap the range, bounds inclusive, ordered by start_date then id.",
  security: [{ bearerAuth: [] }],
  request: { query: listPeriodsQuery },
  responses: {
    200: {
      description: 'The matching periods.',
      content: { 'application/json': { schema: PeriodListSchema } },
    },
    400: errorResponse('A date is malformed or the range is inverted.', MESSAGES.invertedRange),
    401: errorResponse(
      'The API key is missing, malformed, unknown or revoked.',
      MESSAGES.rejectedKey,
    ),
  },
});
