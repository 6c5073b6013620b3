import { z } from '@hono/zod-openapi';
import { formatOptionalInstant } from '../../dates';
import type { StoredPeriodActions } from '../../db/queries/actions';
import { ACTION_STATUSES } from '../../db/schema';
import { ACTION_EXAMPLE } from '../../openapi/reference-examples';
import { InstantSchema } from '../../openapi/schemas';

const stageTime = (stage: string) =>
  InstantSchema.nullable().openapi({ description: `When the action ${stage}; null until then.` });

export const ActionSchema = z
  .object({
    periodId: z.number().int(),
    periodName: z.string(),
    periodActionId: z.number().int().openapi({
      description: 'The number of this action within the period.',
    }),
    actionId: z.number().int().openapi({
      description: 'The same in every period the action belongs to.',
    }),
    classification: z.string().nullable(),
    subClassification: z.string().nullable(),
    status: z.enum(ACTION_STATUSES),
    createdTime: stageTime('was created'),
    assignedTime: stageTime('was assigned'),
    doingTime: stageTime('was started'),
    closedTime: stageTime('was closed'),
    createdByUserName: z.string().nullable(),
    periodMarker: z.string().nullable().openapi({
      description: 'The name of the period marker the action is attached to, if any.',
    }),
    assignedUserNames: z.array(z.string()).openapi({
      description: 'Assignees in assignment order; empty when nobody is assigned.',
    }),
    channel: z.string().nullable(),
    formType: z.string().nullable(),
    latestChannel: z.string().nullable(),
    aiDispatched: z.boolean(),
    formFields: z
      .record(z.string(), z.unknown().openapi({ description: 'Any JSON value, as stored.' }))
      .optional()
      .openapi({
        description: 'Only with form_fields: each requested field that the action has.',
        example: { Priority: 'High', Seats: 4 },
      }),
    notes: z
      .array(z.string())
      .optional()
      .openapi({
        description: 'Only with form_fields: one note for each requested field the action lacks.',
        example: ['Form field "Region" not found for this action.'],
      }),
  })
  .openapi('Action', { example: ACTION_EXAMPLE });

export const ActionListSchema = z
  .object({ actions: z.array(ActionSchema) })
  .openapi('ActionList', { example: { actions: [ACTION_EXAMPLE] } });

type ActionResponse = z.infer<typeof ActionSchema>;

const missingFieldNote = (name: string) =>
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
