import { and, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { inList } from '../db/in-list';
import {
  actionAssignees,
  actionFormFields,
  actions,
  periodActions,
  periodMarkers,
  periods,
  teams,
} from '../db/schema';
import {
  idChunks,
  rowSelects,
  type Statement,
  sqlBuilder,
  statement,
} from '../operations/statements';
import type { Changes } from './changes';
import type { MembershipRow } from './existing-rows';

/*
 * Statements in dependency order: a row is written after the rows it refers
 * to, and every delete runs before the inserts that could collide with it.
 */
export function changeStatements(changes: Changes): Statement[] {
  return [
    ...(changes.newTeam ? [statement(sqlBuilder.insert(teams).values(changes.newTeam))] : []),
    ...inserts(periods, changes.newPeriods),
    ...changes.changedPeriods.map(({ id, teamId: _, ...values }) =>
      statement(sqlBuilder.update(periods).set(values).where(eq(periods.id, id))),
    ),
    ...inserts(periodMarkers, changes.newMarkers),
    ...changes.changedMarkers.map(({ id, timestamp }) =>
      statement(
        sqlBuilder.update(periodMarkers).set({ timestamp }).where(eq(periodMarkers.id, id)),
      ),
    ),
    ...upsertActions(changes),
    ...deletes(
      changes.replacedAssignees,
      (ids) => inList(actionAssignees.actionId, ids),
      actionAssignees,
    ),
    ...inserts(actionAssignees, changes.newAssignees),
    ...deletes(
      changes.replacedFormFields,
      (ids) => inList(actionFormFields.actionId, ids),
      actionFormFields,
    ),
    ...inserts(actionFormFields, changes.newFormFields),
    ...deleteMemberships(changes.replacedMemberships),
    ...inserts(periodActions, changes.newMemberships),
  ];
}

function inserts<T extends SQLiteTable>(table: T, rows: T['$inferInsert'][]): Statement[] {
  return rowSelects(table, rows).map((select) =>
    statement(sqlBuilder.insert(table).select(select)),
  );
}

function deletes(ids: number[], where: (ids: number[]) => SQL, table: SQLiteTable): Statement[] {
  return idChunks(ids).map((chunk) => statement(sqlBuilder.delete(table).where(where(chunk))));
}

/** Every column but the key takes the value just offered for insertion. */
const excludedColumns = Object.fromEntries(
  Object.entries(getTableColumns(actions))
    .filter(([key]) => key !== 'id')
    .map(([key, column]) => [key, sql`excluded.${sql.identifier(column.name)}`]),
);

function upsertActions(changes: Changes): Statement[] {
  return rowSelects(actions, changes.savedActions).map((select) =>
    statement(
      sqlBuilder
        .insert(actions)
        .select(select)
        .onConflictDoUpdate({ target: actions.id, set: excludedColumns }),
    ),
  );
}

function deleteMemberships(memberships: MembershipRow[]): Statement[] {
  const byPeriod = new Map<number, number[]>();
  for (const { periodId, actionId } of memberships) {
    const actionIds = byPeriod.get(periodId) ?? [];
    actionIds.push(actionId);
    byPeriod.set(periodId, actionIds);
  }
  return [...byPeriod].flatMap(([periodId, actionIds]) =>
    deletes(
      actionIds,
      (ids) =>
        and(eq(periodActions.periodId, periodId), inList(periodActions.actionId, ids)) as SQL,
      periodActions,
    ),
  );
}
