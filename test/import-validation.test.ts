import { describe, expect, it } from 'vitest';
import { importPeriods } from '../src/import/import-periods';
import { exampleAction, examplePeriod, freshTeamName, importFile } from './support/import-files';
import { importProblem } from './support/import-problem';
import { recordingDatabase } from './support/operator-database';
import { storedTeam } from './support/stored-rows';

const NOW = Date.parse('2025-01-02T03:04:05.678Z');

const problemWith = (input: unknown) => importProblem(input, NOW);

const withAction = (overrides: Record<string, unknown>) =>
  importFile(freshTeamName(), [
    examplePeriod({ actions: [exampleAction(), { ...exampleAction(), ...overrides }] }),
  ]);

describe('db:import file checks', () => {
  it('rejects a file that is not an import document', async () => {
    expect(await problemWith([])).toEqual({
      path: '$',
      reason: 'must be an object with "team" and "periods"',
    });
    expect(await problemWith({ periods: [] })).toEqual({ path: 'team', reason: 'is required' });
    expect(await problemWith({ team: '  ', periods: [] })).toEqual({
      path: 'team',
      reason: 'must not be empty',
    });
  });

  it('names the date that does not parse, with the expected form', async () => {
    const team = freshTeamName();
    const impossible = examplePeriod({ start_date: '2024-02-30' });
    const periods = [examplePeriod(), examplePeriod(), impossible];

    const problem = await problemWith(importFile(team, periods));

    expect(problem.path).toBe('periods[2].start_date');
    expect(problem.reason).toMatch(/^must be a date: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS/);
    expect(await storedTeam(team)).toBeUndefined();
  });

  it('names an unknown action status with the allowed ones', async () => {
    expect(await problemWith(withAction({ status: 'done' }))).toEqual({
      path: 'periods[0].actions[1].status',
      reason: 'must be one of created, assigned, doing, closed, canceled',
    });
  });

  it('names a misspelt field instead of ignoring it', async () => {
    expect(await problemWith(withAction({ asignedUserNames: ['Lee'] }))).toEqual({
      path: 'periods[0].actions[1].asignedUserNames',
      reason: 'is not a known field',
    });
  });

  it('requires a positive integer actionId', async () => {
    expect(await problemWith(withAction({ actionId: undefined }))).toEqual({
      path: 'periods[0].actions[1].actionId',
      reason: 'is required',
    });
    expect(await problemWith(withAction({ actionId: 1.5 }))).toEqual({
      path: 'periods[0].actions[1].actionId',
      reason: 'must be a positive integer',
    });
    expect(await problemWith(withAction({ actionId: '12' }))).toMatchObject({
      reason: 'must be a positive integer',
    });
  });

  it('rejects a period that ends before it starts', async () => {
    const period = examplePeriod({ end_date: '2024-07-31T23:59:59.999Z' });
    expect(await problemWith(importFile(freshTeamName(), [period]))).toEqual({
      path: 'periods[0].end_date',
      reason: 'must not be before start_date',
    });
  });

  it('rejects a periodMarker that is not a marker of the same period', async () => {
    const team = freshTeamName();
    const other = examplePeriod({
      markers: [{ name: 'Launch', timestamp: '2024-09-01' }],
      actions: [exampleAction({ periodMarker: 'Launch' })],
    });
    const period = examplePeriod({
      actions: [exampleAction(), exampleAction({ periodMarker: 'Launch' })],
    });

    expect(await problemWith(importFile(team, [other, period]))).toEqual({
      path: 'periods[1].actions[1].periodMarker',
      reason: `"Launch" is not one of this period's markers`,
    });
  });

  it('rejects a number or an action used twice in one period', async () => {
    const twice = exampleAction({ periodActionId: 4 });
    const numbers = examplePeriod({ actions: [twice, exampleAction({ periodActionId: 4 })] });
    const actions = examplePeriod({ actions: [twice, { ...twice, periodActionId: 5 }] });

    expect(await problemWith(importFile(freshTeamName(), [numbers]))).toEqual({
      path: 'periods[0].actions[1].periodActionId',
      reason: 'is also used by actions[0]',
    });
    expect(await problemWith(importFile(freshTeamName(), [actions]))).toEqual({
      path: 'periods[0].actions[1].actionId',
      reason: 'is also at actions[0] of this period',
    });
  });

  it('rejects a period given twice, by id or by name and start_date', async () => {
    const period = examplePeriod();
    const byId = [period, examplePeriod({ id: period.id })];
    const byName = [period, examplePeriod({ name: period.name })];

    expect(await problemWith(importFile(freshTeamName(), byId))).toEqual({
      path: 'periods[1].id',
      reason: `period ${period.id} is also at periods[0]`,
    });
    expect(await problemWith(importFile(freshTeamName(), byName))).toEqual({
      path: 'periods[1].name',
      reason: 'periods[0] has the same name and start_date',
    });
  });

  it('rejects one action whose own fields differ between two periods', async () => {
    const shared = exampleAction();
    const periods = [
      examplePeriod({ actions: [shared] }),
      examplePeriod({ actions: [{ ...shared, classification: 'Sales' }] }),
    ];

    expect(await problemWith(importFile(freshTeamName(), periods))).toEqual({
      path: 'periods[1].actions[0].classification',
      reason: 'differs from periods[0].actions[0], the same action in another period',
    });
  });

  it('quotes form field names that are not plain identifiers', async () => {
    expect(await problemWith(withAction({ formFields: { 'Sub Region': 1n } }))).toEqual({
      path: 'periods[0].actions[1].formFields["Sub Region"]',
      reason: 'must be a JSON value',
    });
    expect(await problemWith(withAction({ formFields: { '': 1 } }))).toEqual({
      path: 'periods[0].actions[1].formFields[""]',
      reason: 'form field names must not be empty',
    });
  });

  it('refuses a form field named __proto__ instead of losing it', async () => {
    const formFields = JSON.parse('{"__proto__": "High"}') as Record<string, unknown>;
    expect(await problemWith(withAction({ formFields }))).toEqual({
      path: 'periods[0].actions[1].formFields.__proto__',
      reason: 'a form field cannot be named __proto__',
    });
  });

  it('counts form field names in characters, not UTF-16 units', async () => {
    const emoji = '\u{1F600}';
    const tooLong = withAction({ formFields: { [emoji.repeat(201)]: 1 } });
    expect((await problemWith(tooLong)).reason).toBe(
      'form field names must be at most 200 characters',
    );
    const db = recordingDatabase();
    const fits = withAction({ formFields: { [emoji.repeat(200)]: 1 } });
    await expect(importPeriods(db, fits, { now: NOW })).resolves.toBeDefined();
  });

  it('reports the first problem in file order', async () => {
    const periods = [
      examplePeriod({ actions: [exampleAction({ status: 'open' as never })] }),
      examplePeriod({ start_date: 'yesterday' }),
    ];
    expect(await problemWith(importFile(freshTeamName(), periods))).toMatchObject({
      path: 'periods[0].actions[0].status',
    });
  });
});
