import { describe, expect, it } from 'vitest';
import { parseInstant } from '../src/dates';
import { importPeriods } from '../src/import/import-periods';
import { exampleAction, examplePeriod, freshTeamName, importFile } from './support/import-files';
import { recordingDatabase } from './support/operator-database';
import {
  storedAction,
  storedMarkers,
  storedMemberships,
  storedPeriod,
  storedPeriods,
  storedTeam,
} from './support/stored-rows';

const NOW = Date.parse('2025-01-02T03:04:05.678Z');
const LATER = Date.parse('2025-02-03T04:05:06.789Z');
const ms = (iso: string) => parseInstant(iso) as number;

describe('db:import', () => {
  it('stores every field of a period, marker and action as given', async () => {
    const team = freshTeamName();
    const period = examplePeriod({
      name: '24-08',
      created_at: '2024-07-18T19:26:16.624Z',
      updated_at: '2024-07-26T06:02:03.257Z',
      markers: [{ name: 'Example Period Marker', timestamp: '2024-08-01T09:00:00.000Z' }],
      actions: [
        exampleAction({
          periodActionId: 3,
          classification: 'Example Classification',
          status: 'canceled',
          doingTime: '2024-08-03T09:00:00.000Z',
          periodMarker: 'Example Period Marker',
          assignedUserNames: ['Example User 1', 'Example User 2'],
          aiDispatched: true,
          formFields: { Priority: 'High', Region: { code: 'EU', zones: [1, 2] }, Note: null },
        }),
      ],
    });
    const db = recordingDatabase();

    const { summary } = await importPeriods(db, importFile(team, [period]), { now: NOW });

    expect(summary).toMatchObject({ team, teamCreated: true, periods: { created: 1 } });
    const periodId = period.id as number;
    expect(await storedPeriod(periodId)).toMatchObject({
      name: '24-08',
      startDate: ms('2024-08-01T00:00:00.000Z'),
      endDate: ms('2024-08-31T23:59:59.999Z'),
      createdAt: ms('2024-07-18T19:26:16.624Z'),
      updatedAt: ms('2024-07-26T06:02:03.257Z'),
    });
    expect(await storedMarkers(periodId)).toEqual([
      { name: 'Example Period Marker', timestamp: ms('2024-08-01T09:00:00.000Z') },
    ]);
    const actionId = period.actions?.[0]?.actionId as number;
    expect(await storedMemberships(periodId)).toEqual([[actionId, 3, 'Example Period Marker']]);
    expect(await storedAction(actionId)).toEqual({
      action: {
        id: actionId,
        teamId: (await storedTeam(team))?.id,
        classification: 'Example Classification',
        subClassification: 'Billing',
        status: 'canceled',
        createdTime: ms('2024-08-02T12:23:05.471Z'),
        assignedTime: ms('2024-08-02T14:00:00.000Z'),
        doingTime: ms('2024-08-03T09:00:00.000Z'),
        closedTime: ms('2024-08-04T16:00:00.000Z'),
        createdByUserName: 'Dana Smith',
        channel: 'Email',
        formType: 'Request',
        latestChannel: 'Phone',
        aiDispatched: true,
      },
      assignedUserNames: ['Example User 1', 'Example User 2'],
      formFields: { Note: 'null', Priority: '"High"', Region: '{"code":"EU","zones":[1,2]}' },
    });
  });

  it('fills in omitted optional values and stamps new periods with the import time', async () => {
    const team = freshTeamName();
    const period = examplePeriod({
      markers: undefined,
      actions: [{ actionId: exampleAction().actionId, status: 'created' }],
    });

    await importPeriods(recordingDatabase(), importFile(team, [period]), { now: NOW });

    const periodId = period.id as number;
    expect(await storedPeriod(periodId)).toMatchObject({ createdAt: NOW, updatedAt: NOW });
    expect(await storedMarkers(periodId)).toEqual([]);
    const actionId = period.actions?.[0]?.actionId as number;
    expect(await storedAction(actionId)).toMatchObject({
      action: { classification: null, createdTime: null, channel: null, aiDispatched: false },
      assignedUserNames: [],
      formFields: {},
    });
    expect(await storedMemberships(periodId)).toEqual([[actionId, 1, null]]);
  });

  it('changes nothing when the same file is imported again', async () => {
    const team = freshTeamName();
    const file = importFile(team, [examplePeriod(), examplePeriod({ id: undefined })]);
    await importPeriods(recordingDatabase(), file, { now: NOW });
    const before = await storedPeriods(team);

    const again = recordingDatabase();
    const { summary } = await importPeriods(again, file, { now: LATER });

    expect(again.written).toEqual([]);
    expect(summary).toMatchObject({
      teamCreated: false,
      periods: { created: 0, updated: 0, unchanged: 2 },
      markers: { created: 0, updated: 0, unchanged: 2 },
      actions: { created: 0, updated: 0, unchanged: 2 },
      memberships: { created: 0, updated: 0, unchanged: 2 },
    });
    expect(await storedPeriods(team)).toEqual(before);
    expect(before.map((period) => period.updatedAt)).toEqual([NOW, NOW]);
  });

  it('moves updated_at when a period field changes, and keeps created_at', async () => {
    const team = freshTeamName();
    const period = examplePeriod();
    await importPeriods(recordingDatabase(), importFile(team, [period]), { now: NOW });

    const changed = { ...period, end_date: '2024-09-01T00:00:00.000Z' };
    const { summary } = await importPeriods(recordingDatabase(), importFile(team, [changed]), {
      now: LATER,
    });

    expect(summary.periods).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(await storedPeriod(period.id as number)).toMatchObject({
      endDate: ms('2024-09-01T00:00:00.000Z'),
      createdAt: NOW,
      updatedAt: LATER,
    });
  });

  it('moves updated_at when a marker is added or moved', async () => {
    const team = freshTeamName();
    const period = examplePeriod();
    await importPeriods(recordingDatabase(), importFile(team, [period]), { now: NOW });

    const markers = [
      { name: 'Kick-off', timestamp: '2024-08-01T10:00:00.000Z' },
      { name: 'Wrap-up', timestamp: '2024-08-30T16:00:00.000Z' },
    ];
    await importPeriods(recordingDatabase(), importFile(team, [{ ...period, markers }]), {
      now: LATER,
    });

    const periodId = period.id as number;
    expect(await storedPeriod(periodId)).toMatchObject({ createdAt: NOW, updatedAt: LATER });
    expect(await storedMarkers(periodId)).toEqual([
      { name: 'Kick-off', timestamp: ms('2024-08-01T10:00:00.000Z') },
      { name: 'Wrap-up', timestamp: ms('2024-08-30T16:00:00.000Z') },
    ]);
  });

  it('stores created_at and updated_at as given, even when other values change', async () => {
    const team = freshTeamName();
    const period = examplePeriod({ created_at: '2024-07-18T19:26:16.624Z' });
    await importPeriods(recordingDatabase(), importFile(team, [period]), { now: NOW });
    expect(await storedPeriod(period.id as number)).toMatchObject({
      createdAt: ms('2024-07-18T19:26:16.624Z'),
      updatedAt: NOW,
    });

    const renamed = { ...period, name: 'Renamed', updated_at: '2024-07-26T06:02:03.257Z' };
    await importPeriods(recordingDatabase(), importFile(team, [renamed]), { now: LATER });

    expect(await storedPeriod(period.id as number)).toMatchObject({
      name: 'Renamed',
      createdAt: ms('2024-07-18T19:26:16.624Z'),
      updatedAt: ms('2024-07-26T06:02:03.257Z'),
    });
  });

  it("replaces an action's own values, assignees and form fields when they change", async () => {
    const team = freshTeamName();
    const action = exampleAction();
    const period = examplePeriod({ actions: [action] });
    await importPeriods(recordingDatabase(), importFile(team, [period]), { now: NOW });

    const changed = {
      ...action,
      status: 'canceled' as const,
      assignedUserNames: ['Ana Ruiz'],
      formFields: { Priority: 'Low' },
    };
    const { summary } = await importPeriods(
      recordingDatabase(),
      importFile(team, [{ ...period, actions: [changed] }]),
      { now: LATER },
    );

    expect(summary.actions).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(await storedAction(action.actionId)).toMatchObject({
      action: { status: 'canceled', classification: 'Support' },
      assignedUserNames: ['Ana Ruiz'],
      formFields: { Priority: '"Low"' },
    });
  });
});

describe('db:import atomicity', () => {
  it('writes nothing when a problem is found late in the file', async () => {
    const owner = freshTeamName();
    const taken = examplePeriod();
    await importPeriods(recordingDatabase(), importFile(owner, [taken]), { now: NOW });

    const team = freshTeamName();
    const periods = [examplePeriod(), examplePeriod(), examplePeriod({ id: taken.id })];
    const db = recordingDatabase();

    const importing = importPeriods(db, importFile(team, periods), { now: NOW });
    await expect(importing).rejects.toMatchObject({
      path: 'periods[2].id',
    });
    expect(db.written).toEqual([]);
    expect(await storedTeam(team)).toBeUndefined();
    expect(await storedPeriod(periods[0]?.id as number)).toBeUndefined();
  });

  it('rolls the whole write back when one of its statements fails', async () => {
    const team = freshTeamName();
    const period = examplePeriod();
    const db = recordingDatabase();
    const failing = {
      read: db.read,
      write: (statements: Parameters<typeof db.write>[0]) =>
        db.write([...statements, { sql: 'INSERT INTO teams (name) VALUES (?)', params: [null] }]),
    };

    await expect(importPeriods(failing, importFile(team, [period]), { now: NOW })).rejects.toThrow(
      /NOT NULL/,
    );
    expect(db.written.length).toBeGreaterThan(5);
    expect(await storedTeam(team)).toBeUndefined();
    expect(await storedPeriod(period.id as number)).toBeUndefined();
    expect(await storedAction(period.actions?.[0]?.actionId as number)).toMatchObject({
      action: undefined,
      assignedUserNames: [],
    });
  });
});
