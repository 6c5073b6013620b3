import { env } from 'cloudflare:workers';
import { drizzle } from 'drizzle-orm/d1';
import { generateApiKey, hashApiKey, keyPrefix } from '../../src/api-keys';
import { parseInstant } from '../../src/dates';
import * as schema from '../../src/db/schema';

/*
 * Test data builders. Every test creates its own team, so tests never see
 * each other's rows and pass in any order. Ids come from a per-file counter
 * offset by a random base, never from fixed literals.
 */

const db = drizzle(env.DB, { schema });
let nextId = 1_000_000 + Math.floor(Math.random() * 1_000_000_000);
export const freshId = () => nextId++;

const ms = (iso: string) => {
  const value = parseInstant(iso);
  if (value === undefined) throw new Error(`bad test instant ${iso}`);
  return value;
};

/** Inserts rows a few at a time, so no statement nears D1's 100-parameter limit. */
async function insertChunked<T extends Record<string, unknown>>(
  insert: (rows: T[]) => Promise<unknown>,
  rows: T[],
) {
  const perStatement = Math.max(1, Math.floor(90 / Math.max(1, Object.keys(rows[0] ?? {}).length)));
  for (let i = 0; i < rows.length; i += perStatement) {
    await insert(rows.slice(i, i + perStatement));
  }
}

export interface TestTeam {
  id: number;
  name: string;
  key: string;
}

export async function createTeam(name = `Team ${freshId()}`): Promise<TestTeam> {
  const [team] = await db
    .insert(schema.teams)
    .values({ name, createdAt: Date.now() })
    .returning({ id: schema.teams.id });
  if (!team) throw new Error('team not created');
  const key = await createApiKey(team.id);
  return { id: team.id, name, key };
}

export async function createApiKey(teamId: number): Promise<string> {
  const key = generateApiKey();
  await db.insert(schema.apiKeys).values({
    teamId,
    prefix: keyPrefix(key),
    keyHash: await hashApiKey(key),
    createdAt: Date.now(),
  });
  return key;
}

export async function revokeApiKey(key: string) {
  const { eq } = await import('drizzle-orm');
  await db
    .update(schema.apiKeys)
    .set({ revokedAt: Date.now() })
    .where(eq(schema.apiKeys.keyHash, await hashApiKey(key)));
}

export interface MarkerInput {
  name: string;
  timestamp: string;
}

export interface PeriodInput {
  name?: string;
  start: string;
  end: string;
  createdAt?: string;
  updatedAt?: string;
  markers?: MarkerInput[];
}

export interface TestPeriod {
  id: number;
  name: string;
  markerIds: Record<string, number>;
}

export async function createPeriod(team: TestTeam, input: PeriodInput): Promise<TestPeriod> {
  const id = freshId();
  const name = input.name ?? `Period ${id}`;
  await db.insert(schema.periods).values({
    id,
    teamId: team.id,
    name,
    startDate: ms(input.start),
    endDate: ms(input.end),
    createdAt: ms(input.createdAt ?? input.start),
    updatedAt: ms(input.updatedAt ?? input.createdAt ?? input.start),
  });

  const markerIds: Record<string, number> = {};
  for (const marker of input.markers ?? []) {
    const [row] = await db
      .insert(schema.periodMarkers)
      .values({ periodId: id, name: marker.name, timestamp: ms(marker.timestamp) })
      .returning({ id: schema.periodMarkers.id });
    if (row) markerIds[marker.name] = row.id;
  }
  return { id, name, markerIds };
}

export interface ActionInput {
  actionId?: number;
  periodActionId?: number;
  status?: (typeof schema.ACTION_STATUSES)[number];
  classification?: string | null;
  subClassification?: string | null;
  createdTime?: string | null;
  assignedTime?: string | null;
  doingTime?: string | null;
  closedTime?: string | null;
  createdByUserName?: string | null;
  periodMarker?: string | null;
  assignedUserNames?: string[];
  channel?: string | null;
  formType?: string | null;
  latestChannel?: string | null;
  aiDispatched?: boolean;
  formFields?: Record<string, unknown>;
}

const optionalMs = (iso: string | null | undefined) => (iso == null ? null : ms(iso));

/** The given value, null included; the default only when the field was left out. */
const given = <T>(value: T | undefined, fallback: T): T => (value === undefined ? fallback : value);

/** Adds actions to a period, numbered 1, 2, 3... unless periodActionId is given. */
export async function addActions(
  team: TestTeam,
  period: TestPeriod,
  inputs: ActionInput[],
): Promise<number[]> {
  const actionRows = inputs.map((input) => ({
    id: input.actionId ?? freshId(),
    teamId: team.id,
    classification: given(input.classification, 'Support'),
    subClassification: given(input.subClassification, 'Billing'),
    status: input.status ?? 'created',
    createdTime: optionalMs(given(input.createdTime, '2024-08-02T12:23:05.471Z')),
    assignedTime: optionalMs(input.assignedTime),
    doingTime: optionalMs(input.doingTime),
    closedTime: optionalMs(input.closedTime),
    createdByUserName: given(input.createdByUserName, 'Dana Smith'),
    channel: given(input.channel, 'Email'),
    formType: given(input.formType, 'Request'),
    latestChannel: given(input.latestChannel, 'Email'),
    aiDispatched: input.aiDispatched ?? false,
  }));
  await insertChunked((rows) => db.insert(schema.actions).values(rows), actionRows);

  await insertChunked(
    (rows) => db.insert(schema.periodActions).values(rows),
    inputs.map((input, index) => ({
      periodId: period.id,
      actionId: actionRows[index]?.id ?? 0,
      periodActionId: input.periodActionId ?? index + 1,
      markerId: input.periodMarker ? (period.markerIds[input.periodMarker] ?? null) : null,
    })),
  );

  const assignees = inputs.flatMap((input, index) =>
    (input.assignedUserNames ?? []).map((userName, position) => ({
      actionId: actionRows[index]?.id ?? 0,
      position,
      userName,
    })),
  );
  if (assignees.length > 0) {
    await insertChunked((rows) => db.insert(schema.actionAssignees).values(rows), assignees);
  }

  const fields = inputs.flatMap((input, index) =>
    Object.entries(input.formFields ?? {}).map(([name, value]) => ({
      actionId: actionRows[index]?.id ?? 0,
      name,
      value: JSON.stringify(value),
    })),
  );
  if (fields.length > 0) {
    await insertChunked((rows) => db.insert(schema.actionFormFields).values(rows), fields);
  }

  return actionRows.map((row) => row.id);
}

/** Links an existing action to another period, as when one action belongs to several. */
export async function linkAction(period: TestPeriod, actionId: number, periodActionId: number) {
  await db.insert(schema.periodActions).values({ periodId: period.id, actionId, periodActionId });
}
