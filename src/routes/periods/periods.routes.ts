import { createRoute, z } from '@hono/zod-openapi';
import { INSTANT_INPUT_FORMS } from '../../dates';
import { invalidInstantMessage, MESSAGES } from '../../errors';
import { PERIOD_EXAMPLE } from '../../openapi/reference-examples';
import {
  authenticatedResponses,
  errorResponse,
  headerRef,
  privateHeaders,
} from '../../openapi/responses';
import { instantQueryParam } from '../query-params';
import { PeriodListSchema } from './periods.schemas';

const listPeriodsQuery = z
  .object({
    start_date: instantQueryParam('start_date', {
      description: 'Only periods that end at or after this instant.',
      example: '2024-07-18',
    }),
    end_date: instantQueryParam('end_date', {
      description: 'Only periods that start at or before this instant.',
      example: '2024-07-18T23:59:59.999Z',
    }),
  })
  .refine(
    ({ start_date, end_date }) =>
      start_date === undefined || end_date === undefined || start_date <= end_date,
    { error: MESSAGES.invertedRange },
  );

export const listPeriods = createRoute({
  method: 'get',
  path: '/periods',
  operationId: 'listPeriods',
  tags: ['Periods'],
  summary: 'List periods',
  description:
    "The team's periods that overlap the range, bounds inclusive, ordered by start_date " +
    'then id. Lists are cached at the edge, so one may lag a change in the data by the ' +
    'cache lifetime.',
  security: [{ bearerAuth: [] }],
  request: { query: listPeriodsQuery },
  responses: {
    200: {
      description: 'The matching periods; an empty list when none match.',
      headers: { ...privateHeaders, 'X-Cache': headerRef('X-Cache') },
      content: {
        'application/json': {
          schema: PeriodListSchema,
          examples: { documented: { value: { periods: [PERIOD_EXAMPLE] } } },
        },
      },
    },
    400: errorResponse('A date is malformed or the range is inverted.', {
      invalidDate: invalidInstantMessage('start_date', INSTANT_INPUT_FORMS),
      invertedRange: MESSAGES.invertedRange,
    }),
    ...authenticatedResponses,
  },
});
