import { createRoute, z } from '@hono/zod-openapi';
import { MESSAGES } from '../../errors';
import { errorResponse } from '../../openapi/schemas';
import { ActionListSchema } from './actions.schemas';

const periodIdParam = z
  .string({ error: MESSAGES.invalidPeriodId })
  .regex(/^\d+$/, { error: MESSAGES.invalidPeriodId })
  .refine((raw) => Number.isSafeInteger(Number(raw)), { error: MESSAGES.invalidPeriodId })
  .transform(Number)
  .openapi({
    param: {
      name: 'period_id',
      in: 'path',
      required: true,
      description:
        "The id of one of your team's periods: decimal digits, at most 9007199254740991.",
    },
    example: '1234',
  });

const formFieldsValue = z.union([z.string(), z.array(z.string())]).optional();

const FORM_FIELDS_DESCRIPTION = [
  'Custom form fields to add to each action, as a URL-encoded JSON array',
  '(form_fields=%5B%22Priority%22%2C%22Region%22%5D), as repeated keys',
  '(form_fields=Priority&form_fields=Region), as bracket keys (form_fields[]=Priority)',
  'or as one plain name (form_fields=Priority). A single value starting with [ or { is',
  'read as JSON. At most 100 distinct names of 1 to 200 characters.',
].join(' ');

export const periodActionsQuery = z.object({
  form_fields: formFieldsValue.openapi({
    param: { name: 'form_fields', in: 'query', description: FORM_FIELDS_DESCRIPTION },
    example: '["Priority","Region"]',
  }),
  'form_fields[]': formFieldsValue.openapi({
    param: {
      name: 'form_fields[]',
      in: 'query',
      description: 'The bracket spelling of form_fields; every value is one name.',
    },
    example: 'Priority',
  }),
});

export const listPeriodActions = createRoute({
  method: 'get',
  path: '/periods/{period_id}/actions',
  tags: ['Actions'],
  summary: 'List the actions of a period',
  description:
    'The actions of one period of your team, ordered by periodActionId, with the requested ' +
    'form fields and a note for each requested field an action lacks.',
  security: [{ bearerAuth: [] }],
  request: { params: z.object({ period_id: periodIdParam }), query: periodActionsQuery },
  responses: {
    200: {
      description: 'The actions of the period.',
      content: { 'application/json': { schema: ActionListSchema } },
    },
    400: errorResponse('period_id or form_fields is invalid.', MESSAGES.invalidPeriodId),
    401: errorResponse(
      'The API key is missing, malformed, unknown or revoked.',
      MESSAGES.rejectedKey,
    ),
    404: errorResponse('No period with this id belongs to your team.', MESSAGES.periodNotFound),
  },
});
