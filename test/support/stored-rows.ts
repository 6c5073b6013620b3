import { env } from 'cloudflare:workers';
import { asc, eq, inArray } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/d1';
import * as schema from '../../src/db/schema';

/** Reads what an import stored, straight from the test database. */

const db = drizzle(env.DB, { schema });

export async function storedTeam(name: string) {
  const [team] = await db.select().from(schema.teams).where(eq(schema.teams.name, name));
  return team;
}

export async function storedPeriods(teamName: string) {
  const team = await storedTeam(teamName);
  if (!team) return [];
  return db
    .select()
    .from(schema.periods)
    .where(eq(schema.periods.teamId, team.id))
    .orderBy(asc(schema.periods.startDate), asc(schema.periods.id));
}

export async function storedPeriod(id: number) {
  const [period] = await db.select().from(schema.periods).where(eq(schema.periods.id, id));
  return period;
}

export const storedMarkers = (periodId: number) =>
  db
    .select({ name: schema.periodMarkers.name, timestamp: schema.periodMarkers.timestamp })
    .from(schema.periodMarkers)
    .where(eq(schema.periodMarkers.periodId, periodId))
    .orderBy(asc(schema.periodMarkers.name));

/** The period's memberships as `[actionId, periodActionId, markerName]`, by number. */
export async function storedMemberships(periodId: number) {
  const rows = await db
    .select({
      actionId: schema.periodActions.actionId,
      periodActionId: schema.periodActions.periodActionId,
      marker: schema.periodMarkers.name,
    })
    .from(schema.periodActions)
    .leftJoin(schema.periodMarkers, eq(schema.periodMarkers.id, schema.periodActions.markerId))
    .where(eq(schema.periodActions.periodId, periodId))
    .orderBy(asc(schema.periodActions.periodActionId));
  return rows.map((row) => [row.actionId, row.periodActionId, row.marker]);
}

export async function storedAction(id: number) {
  const [action] = await db.select().from(schema.actions).where(eq(schema.actions.id, id));
  const assignees = await db
    .select({ userName: schema.actionAssignees.userName })
    .from(schema.actionAssignees)
    .where(eq(schema.actionAssignees.actionId, id))
    .orderBy(asc(schema.actionAssignees.position));
  const fields = await db
    .select()
    .from(schema.actionFormFields)
    .where(eq(schema.actionFormFields.actionId, id))
    .orderBy(asc(schema.actionFormFields.name));
  return {
    action,
    assignedUserNames: assignees.map((row) => row.userName),
    formFields: Object.fromEntries(fields.map((row) => [row.name, row.value])),
  };
}

export async function countActions(ids: number[]) {
  const rows = await db
    .select({ id: schema.actions.id })
    .from(schema.actions)
    .where(inArray(schema.actions.id, ids));
  return rows.length;
}
