import { describe, expect, it } from 'vitest';
import { importPeriods } from '../src/import/import-periods';
import { exampleAction, examplePeriod, freshTeamName, importFile } from './support/import-files';
import { importProblem } from './support/import-problem';
import { recordingDatabase } from './support/operator-database';
import { addActions, createPeriod, createTeam } from './support/seed';
import {
  countActions,
  storedAction,
  storedMemberships,
  storedPeriods,
} from './support/stored-rows';

const NOW = Date.parse('2025-01-02T03:04:05.678Z');
const LATER = Date.parse('2025-02-03T04:05:06.789Z');

const load = (team: string, periods: Parameters<typeof importFile>[1], now = NOW) =>
  importPeriods(recordingDatabase(), importFile(team, periods), { now });

const problemWith = (team: string, periods: Parameters<typeof importFile>[1]) =>
  importProblem(importFile(team, periods), NOW);

describe('db:import period identity', () => {
  it('rejects a period id that belongs to another team', async () => {
    const other = examplePeriod();
    await load(freshTeamName(), [other]);

    expect(await problemWith(freshTeamName(), [examplePeriod({ id: other.id })])).toEqual({
      path: 'periods[0].id',
      reason: `period ${other.id} belongs to another team`,
    });
  });

  it('finds a period without id by its team, name and start_date', async () => {
    const team = freshTeamName();
    const period = examplePeriod({ id: undefined, name: 'Sprint 12' });
    await load(team, [period]);
    const [first] = await storedPeriods(team);

    const moved = { ...period, end_date: '2024-09-15T00:00:00.000Z' };
    const { summary } = await load(team, [moved], LATER);

    expect(summary.periods).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(await storedPeriods(team)).toEqual([
      { ...first, endDate: Date.parse('2024-09-15T00:00:00.000Z'), updatedAt: LATER },
    ]);
  });

  it('keeps periods of the same name and start apart across teams', async () => {
    const [teamA, teamB] = [freshTeamName(), freshTeamName()];
    const period = { ...examplePeriod({ id: undefined, name: 'Shared name' }), actions: [] };
    await load(teamA, [period]);
    await load(teamB, [period]);

    const [a] = await storedPeriods(teamA);
    const [b] = await storedPeriods(teamB);
    expect(a?.name).toBe('Shared name');
    expect(b?.name).toBe('Shared name');
    expect(a?.id).not.toBe(b?.id);
  });

  it('refuses a name another stored period gives up in the same file, in either order', async () => {
    const team = freshTeamName();
    const first = examplePeriod({ name: 'First', actions: [] });
    const second = examplePeriod({ name: 'Second', actions: [] });
    await load(team, [first, second]);
    const takes = { ...second, name: 'First' };
    const gives = { ...first, name: 'Renamed' };
    const reason = `period ${first.id} already has this name and start_date, until an earlier import renames it`;

    expect(await problemWith(team, [takes, gives])).toEqual({ path: 'periods[0].name', reason });
    expect(await problemWith(team, [gives, takes])).toEqual({ path: 'periods[1].name', reason });
    await load(team, [gives]);
    await expect(load(team, [takes])).resolves.toBeDefined();
  });

  it('rejects a new id whose name and start_date another stored period has', async () => {
    const team = freshTeamName();
    const stored = examplePeriod({ actions: [] });
    await load(team, [stored]);

    const clash = examplePeriod({ name: stored.name, actions: [] });
    expect(await problemWith(team, [clash])).toEqual({
      path: 'periods[0].name',
      reason: `period ${stored.id} already has this name and start_date`,
    });
  });
});

describe('db:import action identity', () => {
  it('rejects an actionId that belongs to another team', async () => {
    const taken = exampleAction();
    await load(freshTeamName(), [examplePeriod({ actions: [taken] })]);

    const period = examplePeriod({ actions: [exampleAction(), exampleAction(), taken] });
    expect(await problemWith(freshTeamName(), [period])).toEqual({
      path: 'periods[0].actions[2].actionId',
      reason: `action ${taken.actionId} belongs to another team`,
    });
  });

  it('stores one action for several periods, with a number and marker per period', async () => {
    const team = freshTeamName();
    const shared = exampleAction({ periodActionId: 7, periodMarker: 'Kick-off' });
    const week = examplePeriod({ actions: [shared] });
    const month = examplePeriod({
      markers: [{ name: 'Close', timestamp: '2024-08-31T12:00:00.000Z' }],
      actions: [{ ...shared, periodActionId: 2, periodMarker: 'Close' }],
    });

    const { summary } = await load(team, [week, month]);

    expect(summary.actions).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(await countActions([shared.actionId])).toBe(1);
    expect(await storedMemberships(week.id as number)).toEqual([[shared.actionId, 7, 'Kick-off']]);
    expect(await storedMemberships(month.id as number)).toEqual([[shared.actionId, 2, 'Close']]);
  });
});

describe('db:import numbering', () => {
  it('numbers actions without periodActionId after the highest, in file order', async () => {
    const team = await createTeam(freshTeamName());
    const period = await createPeriod(team, { start: '2024-08-01', end: '2024-08-31' });
    const [first, second] = await addActions(team, period, [
      { periodActionId: 1 },
      { periodActionId: 3 },
    ]);
    const [a, b, c] = [exampleAction({ periodMarker: null }), exampleAction(), exampleAction()];
    const file = {
      id: period.id,
      name: period.name,
      start_date: '2024-08-01',
      end_date: '2024-08-31',
      markers: [{ name: 'Kick-off', timestamp: '2024-08-01T09:00:00.000Z' }],
      actions: [a, { ...b, periodActionId: 5 }, c],
    };

    await load(team.name, [file]);
    expect(await storedMemberships(period.id)).toEqual([
      [first, 1, null],
      [second, 3, null],
      [b.actionId, 5, 'Kick-off'],
      [a.actionId, 6, null],
      [c.actionId, 7, 'Kick-off'],
    ]);

    const { summary } = await load(team.name, [{ ...file, actions: [c, a] }], LATER);
    expect(summary.memberships).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(await storedMemberships(period.id)).toHaveLength(5);
  });

  it('renumbers an action when the file gives it a new periodActionId', async () => {
    const team = freshTeamName();
    const [a, b] = [exampleAction({ periodActionId: 1 }), exampleAction({ periodActionId: 2 })];
    const period = examplePeriod({ actions: [a, b] });
    await load(team, [period]);

    const swapped = [
      { ...a, periodActionId: 2 },
      { ...b, periodActionId: 1 },
    ];
    const { summary } = await load(team, [{ ...period, actions: swapped }]);

    expect(summary.memberships).toEqual({ created: 0, updated: 2, unchanged: 0 });
    expect(await storedMemberships(period.id as number)).toEqual([
      [b.actionId, 1, 'Kick-off'],
      [a.actionId, 2, 'Kick-off'],
    ]);
  });

  it('rejects a periodActionId that a stored action of the period already has', async () => {
    const team = await createTeam(freshTeamName());
    const period = await createPeriod(team, { start: '2024-08-01', end: '2024-08-31' });
    const [holder] = await addActions(team, period, [{ periodActionId: 4 }]);
    const file = {
      id: period.id,
      name: period.name,
      start_date: '2024-08-01',
      end_date: '2024-08-31',
      actions: [exampleAction({ periodActionId: 4, periodMarker: null })],
    };

    expect(await problemWith(team.name, [file])).toEqual({
      path: 'periods[0].actions[0].periodActionId',
      reason: `4 is already used by action ${holder} in this period`,
    });
    expect((await storedAction(file.actions[0]?.actionId as number)).action).toBeUndefined();
  });
});
