import { and, asc, eq, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
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
  type OperatorDatabase,
  type Row,
  type Statement,
  sqlBuilder,
  statement,
} from '../operations/statements';
import { periodKey } from './check-import-file';
import type { ImportFile } from './import-file';

export type TeamRow = typeof teams.$inferSelect;
export type PeriodRow = typeof periods.$inferSelect;
export type MarkerRow = typeof periodMarkers.$inferSelect;
export type MembershipRow = typeof periodActions.$inferSelect;
export type ActionRow = typeof actions.$inferSelect;
export type AssigneeRow = typeof actionAssignees.$inferSelect;
export type FormFieldRow = typeof actionFormFields.$inferSelect;

/** The rows an import file can touch or collide with, read before planning. */
export interface ExistingRows {
  team: TeamRow | undefined;
  highestIds: { team: number; period: number; marker: number };
  /** Periods with the file's ids, of any team, and the team's periods named as in the file. */
  periods: PeriodRow[];
  markers: MarkerRow[];
  memberships: MembershipRow[];
  actions: ActionRow[];
  assignees: AssigneeRow[];
  formFields: FormFieldRow[];
}

/** Rows come back keyed by column name, as D1 and wrangler both return them. */
function decode<T extends SQLiteTable>(table: T, rows: Row[]): T['$inferSelect'][] {
  const columns = Object.entries(getTableColumns(table));
  return rows.map(
    (row) =>
      Object.fromEntries(
        columns.map(([key, column]) => {
          const value = row[column.name];
          return [
            key,
            value === null || value === undefined ? null : column.mapFromDriverValue(value),
          ];
        }),
      ) as T['$inferSelect'],
  );
}

const rowsOf = <T extends SQLiteTable>(table: T, where: SQL | undefined) =>
  statement(sqlBuilder.select().from(table).where(where));

const highestId = (table: SQLiteTable, column: SQLiteColumn) =>
  statement(sqlBuilder.select({ id: sql<number>`max(${column})`.as('id') }).from(table));

/** Runs groups of statements in one read and returns each group's rows. */
async function readGroups(db: OperatorDatabase, groups: Statement[][]): Promise<Row[][]> {
  const results = await db.read(groups.flat());
  let start = 0;
  return groups.map((group) => {
    const rows = results.slice(start, start + group.length).flat();
    start += group.length;
    return rows;
  });
}

export async function readExistingRows(
  db: OperatorDatabase,
  file: ImportFile,
  onRead: () => void = () => {},
): Promise<ExistingRows> {
  const first = await readTeamAndPeriods(db, file);
  onRead();

  const periodIds = relevantPeriodIds(file, first.team, first.periods);
  const actionIds = [...new Set(file.periods.flatMap((p) => p.actions.map((a) => a.actionId)))];
  const [markers = [], memberships = [], actionRows = [], assignees = [], formFields = []] =
    await readGroups(db, [
      idChunks(periodIds).map((ids) => rowsOf(periodMarkers, inList(periodMarkers.periodId, ids))),
      idChunks(periodIds).map((ids) => rowsOf(periodActions, inList(periodActions.periodId, ids))),
      idChunks(actionIds).map((ids) => rowsOf(actions, inList(actions.id, ids))),
      idChunks(actionIds).map((ids) => assigneesOf(ids)),
      idChunks(actionIds).map((ids) =>
        rowsOf(actionFormFields, inList(actionFormFields.actionId, ids)),
      ),
    ]);
  onRead();

  return {
    ...first,
    markers: decode(periodMarkers, markers),
    memberships: decode(periodActions, memberships),
    actions: decode(actions, actionRows),
    assignees: decode(actionAssignees, assignees),
    formFields: decode(actionFormFields, formFields),
  };
}

const assigneesOf = (actionIds: number[]) =>
  statement(
    sqlBuilder
      .select()
      .from(actionAssignees)
      .where(inList(actionAssignees.actionId, actionIds))
      .orderBy(asc(actionAssignees.actionId), asc(actionAssignees.position)),
  );

async function readTeamAndPeriods(db: OperatorDatabase, file: ImportFile) {
  const periodIds = file.periods.flatMap((period) => (period.id === undefined ? [] : [period.id]));
  const names = [...new Set(file.periods.map((period) => period.name))];
  const teamId = sqlBuilder.select({ id: teams.id }).from(teams).where(eq(teams.name, file.team));

  const [team = [], highestTeam, highestPeriod, highestMarker, byId = [], byName = []] =
    await readGroups(db, [
      [rowsOf(teams, eq(teams.name, file.team))],
      [highestId(teams, teams.id)],
      [highestId(periods, periods.id)],
      [highestId(periodMarkers, periodMarkers.id)],
      idChunks(periodIds).map((ids) => rowsOf(periods, inList(periods.id, ids))),
      idChunks(names).map((chunk) =>
        rowsOf(periods, and(eq(periods.teamId, teamId), inList(periods.name, chunk))),
      ),
    ]);

  const unique = new Map(decode(periods, [...byId, ...byName]).map((row) => [row.id, row]));
  return {
    team: decode(teams, team)[0],
    highestIds: {
      team: highestOf(highestTeam),
      period: highestOf(highestPeriod),
      marker: highestOf(highestMarker),
    },
    periods: [...unique.values()],
  };
}

function highestOf(rows: Row[] = []): number {
  const { id } = rows[0] ?? {};
  return Number(id ?? 0);
}

/** The team's stored periods that the file names, by id or by name and start_date. */
function relevantPeriodIds(file: ImportFile, team: TeamRow | undefined, rows: PeriodRow[]) {
  const ids = new Set(file.periods.map((period) => period.id));
  const keys = new Set(file.periods.map((period) => periodKey(period.name, period.start_date)));
  return rows
    .filter((row) => row.teamId === team?.id)
    .filter((row) => ids.has(row.id) || keys.has(periodKey(row.name, row.startDate)))
    .map((row) => row.id);
}

/** Stored rows by the key the planner looks them up with. */
export interface StoredRows {
  periods: PeriodRow[];
  periodsByKey: Map<string, PeriodRow>;
  markers: Map<number, MarkerRow[]>;
  memberships: Map<number, MembershipRow[]>;
  actions: Map<number, ActionRow>;
  assignees: Map<number, string[]>;
  formFields: Map<number, Map<string, string>>;
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K) {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row)) ?? [];
    group.push(row);
    groups.set(key(row), group);
  }
  return groups;
}

export function indexStoredRows(existing: ExistingRows, teamId: number): StoredRows {
  const teamPeriods = existing.periods.filter((row) => row.teamId === teamId);
  const assignees = groupBy(existing.assignees, (row) => row.actionId);
  const formFields = groupBy(existing.formFields, (row) => row.actionId);
  return {
    periods: existing.periods,
    periodsByKey: new Map(teamPeriods.map((row) => [periodKey(row.name, row.startDate), row])),
    markers: groupBy(existing.markers, (row) => row.periodId),
    memberships: groupBy(existing.memberships, (row) => row.periodId),
    actions: new Map(existing.actions.map((row) => [row.id, row])),
    assignees: new Map([...assignees].map(([id, rows]) => [id, rows.map((row) => row.userName)])),
    formFields: new Map(
      [...formFields].map(([id, rows]) => [id, new Map(rows.map((row) => [row.name, row.value]))]),
    ),
  };
}
