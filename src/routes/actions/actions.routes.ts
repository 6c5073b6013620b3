import { createRoute, z } from '@hono/zod-openapi';
import { MESSAGES } from '../../errors';
import { ACTION_EXAMPLE } from '../../openapi/reference-examples';
import { authenticatedResponses, errorResponse, privateHeaders } from '../../openapi/responses';
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
        "The id of one of your team's periods: decimal digits only, at most 9007199254740991.",
      example: '1234',
    },
  });

const formFieldsValue = z.union([z.string(), z.array(z.string())]).optional();

const FORM_FIELDS_DESCRIPTION = [
  'Custom form fields to add to each action. Four spellings name the same list:',
  'a URL-encoded JSON array (form_fields=%5B%22Priority%22%2C%22Region%22%5D),',
  'repeated keys (form_fields=Priority&form_fields=Region),',
  'bracket keys (form_fields[]=Priority&form_fields[]=Region)',
  'or one plain name (form_fields=Priority).',
  'A single value that starts with [ or { is read as JSON;',
  'with repeated keys every value is a name.',
  'Duplicates count once and an empty JSON array means no form fields.',
  'At most 100 names of 1 to 200 characters; anything else is a 400,',
  'and so are indexed keys (form_fields[0]=...) and broken percent escapes.',
].join(' ');

const periodActionsQuery = z.object({
  form_fields: formFieldsValue.openapi({
    param: {
      name: 'form_fields',
      in: 'query',
      required: false,
      style: 'form',
      explode: true,
      description: FORM_FIELDS_DESCRIPTION,
      examples: {
        jsonArray: { summary: 'A JSON array', value: '["Priority","Region"]' },
        repeatedKeys: { summary: 'Repeated keys', value: ['Priority', 'Region'] },
        plainName: { summary: 'One plain name', value: 'Priority' },
      },
    },
  }),
  'form_fields[]': formFieldsValue.openapi({
    param: {
      name: 'form_fields[]',
      in: 'query',
      required: false,
      style: 'form',
      explode: true,
      description: 'The bracket spelling of form_fields: every value is one name.',
      example: ['Priority', 'Region'],
    },
  }),
});

export const listPeriodActions = createRoute({
  method: 'get',
  path: '/periods/{period_id}/actions',
  operationId: 'listPeriodActions',
  tags: ['Actions'],
  summary: 'List the actions of a period',
  description:
    'The actions of one period of your team, ordered by periodActionId, with the requested ' +
    'form fields and a note for each requested field an action lacks.',
  security: [{ bearerAuth: [] }],
  request: { params: z.object({ period_id: periodIdParam }), query: periodActionsQuery },
  responses: {
    200: {
      description: 'The actions of the period; an empty list when it has none.',
      headers: privateHeaders,
      content: {
        'application/json': {
          schema: ActionListSchema,
          examples: { documented: { value: { actions: [ACTION_EXAMPLE] } } },
        },
      },
    },
    400: errorResponse('period_id or form_fields is invalid.', {
      invalidPeriodId: MESSAGES.invalidPeriodId,
      invalidFormFields: MESSAGES.invalidFormFields,
    }),
    404: errorResponse('No period with this id belongs to your team.', {
      periodNotFound: MESSAGES.periodNotFound,
    }),
    ...authenticatedResponses,
  },
});
