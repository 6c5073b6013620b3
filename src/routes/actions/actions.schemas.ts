import { z } from '@hono/zod-openapi';
import { formatOptionalInstant } from '../../dates';
import type { StoredPeriodActions } from '../../db/queries/actions';
import { ACTION_STATUSES } from '../../db/schema';
import { InstantSchema } from '../../openapi/schemas';

const nullableInstant = (example: string | null) =>
  InstantSchema.nullable().openapi({
    description: 'When the action reached this stage; null until it has.',
    example,
  });

const FormFieldValueSchema = z
  .unknown()
  .openapi({ description: 'Any JSON value, as stored.', example: 'High' });

export const ActionSchema = z
  .object({
    periodId: z.number().int().openapi({ example: 1234 }),
    periodName: z.string().openapi({ example: '24-08' }),
    periodActionId: z.number().int().openapi({
      description: 'The number of this action within the period.',
      example: 3,
    }),
    actionId: z.number().int().openapi({ example: 91011 }),
    classification: z.string().nullable().openapi({ example: 'Example Classification' }),
    subClassification: z.string().nullable().openapi({ example: 'Example Sub-Classification' }),
    status: z.enum(ACTION_STATUSES).openapi({ example: 'canceled' }),
    createdTime: nullableInstant('2024-08-02T12:23:05.471Z'),
    assignedTime: nullableInstant('2024-08-02T14:00:00.000Z'),
    doingTime: nullableInstant('2024-08-03T09:00:00.000Z'),
    closedTime: nullableInstant('2024-08-04T16:00:00.000Z'),
    createdByUserName: z.string().nullable().openapi({ example: 'Example User' }),
    periodMarker: z.string().nullable().openapi({
      description: 'The name of the period marker the action is attached to, if any.',
      example: 'Example Period Marker',
    }),
    assignedUserNames: z.array(z.string()).openapi({
      description: 'Assignees in assignment order; empty when nobody is assigned.',
      example: ['Example User 1', 'Example User 2'],
    }),
    channel: z.string().nullable().openapi({ example: 'Example Channel' }),
    formType: z.string().nullable().openapi({ example: 'Example Type' }),
    latestChannel: z.string().nullable().openapi({ example: 'Latest Routed Channel' }),
    aiDispatched: z.boolean().openapi({ example: false }),
    formFields: z
      .record(z.string(), FormFieldValueSchema)
      .optional()
      .openapi({
        description: 'Present only when form_fields is given: each requested field the action has.',
        example: { Priority: 'High' },
      }),
    notes: z
      .array(z.string())
      .optional()
      .openapi({
        description:
          'Present only when form_fields is given: one note per requested field missing.',
        example: ['Form field "Region" not found for this action.'],
      }),
  })
  .openapi('Action');

export const ActionListSchema = z.object({ actions: z.array(ActionSchema) }).openapi('ActionList');

type ActionResponse = z.infer<typeof ActionSchema>;

export const missingFieldNote = (name: string) =>
  `Form field ${JSON.stringify(name)} not found for this action.`;

export function toActionResponses(
  { period, actions }: StoredPeriodActions,
  formFieldNames: readonly string[],
): ActionResponse[] {
  return actions.map(({ formFields, ...action }) => {
    const response: ActionResponse = {
      periodId: period.id,
      periodName: period.name,
      ...action,
      createdTime: formatOptionalInstant(action.createdTime),
      assignedTime: formatOptionalInstant(action.assignedTime),
      doingTime: formatOptionalInstant(action.doingTime),
      closedTime: formatOptionalInstant(action.closedTime),
    };
    if (formFieldNames.length === 0) return response;

    const missing = formFieldNames.filter((name) => !Object.hasOwn(formFields, name));
    return { ...response, formFields, notes: missing.map(missingFieldNote) };
  });
}
