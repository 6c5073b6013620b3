import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

/*
 * Every instant is an integer of milliseconds since the Unix epoch. Drizzle's
 * `timestamp` mode would keep whole seconds only, and ISO strings compare
 * wrongly across spellings, so instants are plain numbers here.
 */
const instant = (name: string) => integer(name, { mode: 'number' });

export const ACTION_STATUSES = ['created', 'assigned', 'doing', 'closed', 'canceled'] as const;

export const teams = sqliteTable('teams', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  createdAt: instant('created_at').notNull(),
});

export const apiKeys = sqliteTable(
  'api_keys',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    teamId: integer('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    prefix: text('prefix').notNull().unique(),
    keyHash: text('key_hash').notNull().unique(),
    createdAt: instant('created_at').notNull(),
    revokedAt: instant('revoked_at'),
  },
  (table) => [index('api_keys_team_idx').on(table.teamId)],
);

export const periods = sqliteTable(
  'periods',
  {
    id: integer('id').primaryKey(),
    teamId: integer('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    startDate: instant('start_date').notNull(),
    endDate: instant('end_date').notNull(),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('periods_identity_idx').on(table.teamId, table.name, table.startDate),
    index('periods_team_start_idx').on(table.teamId, table.startDate, table.id),
    check('periods_range_check', sql`${table.endDate} >= ${table.startDate}`),
  ],
);

export const periodMarkers = sqliteTable(
  'period_markers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    timestamp: instant('timestamp').notNull(),
  },
  (table) => [uniqueIndex('period_markers_name_idx').on(table.periodId, table.name)],
);

export const actions = sqliteTable(
  'actions',
  {
    id: integer('id').primaryKey(),
    teamId: integer('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    classification: text('classification'),
    subClassification: text('sub_classification'),
    status: text('status', { enum: ACTION_STATUSES }).notNull(),
    createdTime: instant('created_time'),
    assignedTime: instant('assigned_time'),
    doingTime: instant('doing_time'),
    closedTime: instant('closed_time'),
    createdByUserName: text('created_by_user_name'),
    channel: text('channel'),
    formType: text('form_type'),
    latestChannel: text('latest_channel'),
    aiDispatched: integer('ai_dispatched', { mode: 'boolean' }).notNull(),
  },
  (table) => [
    index('actions_team_idx').on(table.teamId),
    check(
      'actions_status_check',
      sql`${table.status} IN ('created', 'assigned', 'doing', 'closed', 'canceled')`,
    ),
  ],
);

/** The membership of an action in a period, numbered within that period. */
export const periodActions = sqliteTable(
  'period_actions',
  {
    periodId: integer('period_id')
      .notNull()
      .references(() => periods.id, { onDelete: 'cascade' }),
    actionId: integer('action_id')
      .notNull()
      .references(() => actions.id, { onDelete: 'cascade' }),
    periodActionId: integer('period_action_id').notNull(),
    markerId: integer('marker_id').references(() => periodMarkers.id, {
      onDelete: 'set null',
    }),
  },
  (table) => [
    primaryKey({ columns: [table.periodId, table.actionId] }),
    uniqueIndex('period_actions_number_idx').on(table.periodId, table.periodActionId),
    index('period_actions_action_idx').on(table.actionId),
  ],
);

/** Assignees of an action, in assignment order. */
export const actionAssignees = sqliteTable(
  'action_assignees',
  {
    actionId: integer('action_id')
      .notNull()
      .references(() => actions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    userName: text('user_name').notNull(),
  },
  (table) => [primaryKey({ columns: [table.actionId, table.position] })],
);

/** Custom form-field values of an action; `value` holds any JSON value as text. */
export const actionFormFields = sqliteTable(
  'action_form_fields',
  {
    actionId: integer('action_id')
      .notNull()
      .references(() => actions.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    value: text('value').notNull(),
  },
  (table) => [primaryKey({ columns: [table.actionId, table.name] })],
);
