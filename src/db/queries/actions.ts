import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { inList } from '../in-list';
import { qualified } from '../qualified';
import {
  actionAssignees,
  actionFormFields,
  actions,
  periodActions,
  periodMarkers,
  periods,
} from '../schema';

const assignedUserNamesJson = sql<string>`(
  SELECT json_group_array(user_name)
  FROM (
    SELECT ${actionAssignees.userName} AS user_name
    FROM ${actionAssignees}
    WHERE ${actionAssignees.actionId} = ${qualified('actions', 'id')}
    ORDER BY ${actionAssignees.position}
  )
)`;

/* Without requested names, no form-field row is read at all. */
const formFieldsJson = (names: readonly string[]) =>
  names.length === 0
    ? sql<string>`'{}'`
    : sql<string>`(
  SELECT json_group_object(${actionFormFields.name}, json(${actionFormFields.value}))
  FROM ${actionFormFields}
  WHERE ${actionFormFields.actionId} = ${qualified('actions', 'id')}
    AND ${inList(actionFormFields.name, names)}
)`;

/**
 * A team's period and its actions, fetched in one D1 batch of two statements
 * whatever the number of actions, markers, assignees or fields.
 */
export async function findPeriodActions(
  db: Database,
  teamId: number,
  periodId: number,
  formFieldNames: readonly string[],
) {
  const period = db
    .select({ id: periods.id, name: periods.name })
    .from(periods)
    .where(and(eq(periods.id, periodId), eq(periods.teamId, teamId)));

  const members = db
    .select({
      periodActionId: periodActions.periodActionId,
      actionId: actions.id,
      classification: actions.classification,
      subClassification: actions.subClassification,
      status: actions.status,
      createdTime: actions.createdTime,
      assignedTime: actions.assignedTime,
      doingTime: actions.doingTime,
      closedTime: actions.closedTime,
      createdByUserName: actions.createdByUserName,
      periodMarker: periodMarkers.name,
      assignedUserNames: assignedUserNamesJson,
      channel: actions.channel,
      formType: actions.formType,
      latestChannel: actions.latestChannel,
      aiDispatched: actions.aiDispatched,
      formFields: formFieldsJson(formFieldNames),
    })
    .from(periodActions)
    .innerJoin(actions, eq(actions.id, periodActions.actionId))
    .leftJoin(periodMarkers, eq(periodMarkers.id, periodActions.markerId))
    .where(and(eq(periodActions.periodId, periodId), eq(actions.teamId, teamId)))
    .orderBy(asc(periodActions.periodActionId));

  const [[found], rows] = await db.batch([period, members]);
  if (!found) return undefined;

  return {
    period: found,
    actions: rows.map((row) => ({
      ...row,
      assignedUserNames: JSON.parse(row.assignedUserNames) as string[],
      formFields: JSON.parse(row.formFields) as Record<string, unknown>,
    })),
  };
}

export type StoredPeriodActions = NonNullable<Awaited<ReturnType<typeof findPeriodActions>>>;
