import { describe, expect, it } from 'vitest';
import { call, getJson } from './support/client';
import { INVALID_PERIOD_ID, PERIOD_NOT_FOUND } from './support/contract-bodies';
import { getActions } from './support/period-actions';
import { REFERENCE_ACTION } from './support/reference-examples';
import { addActions, createPeriod, createTeam, freshId, linkAction } from './support/seed';

const AUGUST = { start: '2024-08-01T00:00:00.000Z', end: '2024-08-31T23:59:59.999Z' };

async function augustPeriod(name = '24-08') {
  const team = await createTeam();
  const period = await createPeriod(team, {
    ...AUGUST,
    name,
    markers: [{ name: 'Kick-off', timestamp: '2024-08-01T09:00:00.000Z' }],
  });
  return { team, period };
}

describe('GET /periods/{period_id}/actions', () => {
  it('returns every field of an action', async () => {
    const { team, period } = await augustPeriod();
    const actionId = freshId();
    const { periodId: _, periodName: __, ...documented } = REFERENCE_ACTION;
    const stored = { ...documented, actionId, periodMarker: 'Kick-off', aiDispatched: true };
    await addActions(team, period, [{ ...stored, formFields: { Priority: 'High' } }]);

    const { status, body, response } = await getActions(team.key, period.id);

    expect(status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(body).toStrictEqual({
      actions: [{ periodId: period.id, periodName: '24-08', ...stored }],
    });
    expect(Object.keys(body.actions[0] ?? {})).toEqual(Object.keys(REFERENCE_ACTION));
  });

  it('sorts actions by periodActionId, not by insertion or action id', async () => {
    const { team, period } = await augustPeriod();
    await addActions(team, period, [
      { periodActionId: 30 },
      { periodActionId: 2 },
      { periodActionId: 100 },
      { periodActionId: 11 },
    ]);

    const { body } = await getActions(team.key, period.id);

    expect(body.actions.map((action) => action.periodActionId)).toEqual([2, 11, 30, 100]);
  });

  it('gives null for the times an action has not reached yet', async () => {
    const { team, period } = await augustPeriod();
    await addActions(team, period, [
      {
        status: 'assigned',
        createdTime: '2024-08-05T10:00:00Z',
        assignedTime: '2024-08-05T11:00:00Z',
      },
    ]);

    const { body } = await getActions(team.key, period.id);

    const [action] = body.actions;
    expect(action).toMatchObject({
      status: 'assigned',
      createdTime: '2024-08-05T10:00:00.000Z',
      assignedTime: '2024-08-05T11:00:00.000Z',
      doingTime: null,
      closedTime: null,
    });
  });

  it('gives null for descriptive fields that were never set', async () => {
    const { team, period } = await augustPeriod();
    const unset = {
      classification: null,
      subClassification: null,
      createdTime: null,
      createdByUserName: null,
      channel: null,
      formType: null,
      latestChannel: null,
    };
    await addActions(team, period, [unset]);

    const { body } = await getActions(team.key, period.id);

    expect(body.actions[0]).toMatchObject(unset);
  });

  it('lists assignees in assignment order, and none as an empty array', async () => {
    const { team, period } = await augustPeriod();
    await addActions(team, period, [
      { assignedUserNames: ['Zoe Quinn', 'Amir Haddad', 'Lee Park'] },
      { assignedUserNames: [] },
    ]);

    const { body } = await getActions(team.key, period.id);

    expect(body.actions.map((action) => action.assignedUserNames)).toEqual([
      ['Zoe Quinn', 'Amir Haddad', 'Lee Park'],
      [],
    ]);
  });

  it('names the period marker of an action, or gives null', async () => {
    const team = await createTeam();
    const period = await createPeriod(team, {
      ...AUGUST,
      markers: [
        { name: 'Kick-off', timestamp: '2024-08-01T09:00:00.000Z' },
        { name: 'Review', timestamp: '2024-08-20T09:00:00.000Z' },
      ],
    });
    await addActions(team, period, [
      { periodMarker: 'Review' },
      { periodMarker: null },
      { periodMarker: 'Kick-off' },
    ]);

    const { body } = await getActions(team.key, period.id);

    const markers = body.actions.map((action) => action.periodMarker);
    expect(markers).toEqual(['Review', null, 'Kick-off']);
  });

  it('returns each status value as stored', async () => {
    const { team, period } = await augustPeriod();
    const statuses = ['created', 'assigned', 'doing', 'closed', 'canceled'] as const;
    await addActions(
      team,
      period,
      statuses.map((status) => ({ status })),
    );

    const { body } = await getActions(team.key, period.id);

    expect(body.actions.map((action) => action.status)).toEqual(statuses);
  });

  it('numbers an action of several periods by its number in each period', async () => {
    const team = await createTeam();
    const august = await createPeriod(team, {
      ...AUGUST,
      name: '24-08',
      markers: [{ name: 'Kick-off', timestamp: '2024-08-01T09:00:00.000Z' }],
    });
    const september = await createPeriod(team, {
      name: '24-09',
      start: '2024-09-01T00:00:00.000Z',
      end: '2024-09-30T23:59:59.999Z',
    });
    const [actionId = 0] = await addActions(team, august, [
      { periodActionId: 3, periodMarker: 'Kick-off' },
    ]);
    await linkAction(september, actionId, 7);

    const inAugust = await getActions(team.key, august.id);
    const inSeptember = await getActions(team.key, september.id);

    expect(inAugust.body.actions).toMatchObject([
      { periodId: august.id, periodName: '24-08', periodActionId: 3, actionId },
    ]);
    expect(inAugust.body.actions[0]?.periodMarker).toBe('Kick-off');
    expect(inSeptember.body.actions).toMatchObject([
      { periodId: september.id, periodName: '24-09', periodActionId: 7, actionId },
    ]);
    expect(inSeptember.body.actions[0]?.periodMarker).toBeNull();
  });

  it('answers a period with no actions with an empty list', async () => {
    const { team, period } = await augustPeriod();

    const { status, body } = await getActions(team.key, period.id);

    expect(status).toBe(200);
    expect(body).toStrictEqual({ actions: [] });
  });

  it("answers another team's period exactly like a missing one", async () => {
    const { period } = await augustPeriod();
    const other = await createTeam();

    const { status, body } = await getActions(other.key, period.id);

    expect(status).toBe(404);
    expect(body).toStrictEqual(PERIOD_NOT_FOUND);
  });

  it('answers an unknown period with 404', async () => {
    const team = await createTeam();

    const { status, body } = await getActions(team.key, freshId());

    expect(status).toBe(404);
    expect(body).toStrictEqual(PERIOD_NOT_FOUND);
  });

  it('accepts the largest safe integer as a period_id', async () => {
    const team = await createTeam();

    const { status, body } = await getActions(team.key, '9007199254740991');

    expect(status).toBe(404);
    expect(body).toStrictEqual(PERIOD_NOT_FOUND);
  });

  it('reads a period_id with leading zeros as its decimal value', async () => {
    const { team, period } = await augustPeriod();
    await addActions(team, period, [{ periodActionId: 1 }]);

    const { status, body } = await getActions(team.key, `000${period.id}`);

    expect(status).toBe(200);
    expect(body.actions).toMatchObject([{ periodId: period.id, periodActionId: 1 }]);
  });

  describe('rejects a period_id that is not a decimal integer', () => {
    it.each([
      ['letters', 'abc'],
      ['a decimal fraction', '1.5'],
      ['a trailing .0', '1.0'],
      ['a negative number', '-1'],
      ['a plus sign', '+7'],
      ['an exponent', '1e3'],
      ['hexadecimal', '0x10'],
      ['a leading space', '%207'],
      ['a trailing space', '7%20'],
      ['digits followed by letters', '12abc'],
      ['an encoded slash', '1%2F2'],
      ['a number past 2^64', '99999999999999999999'],
      ['2^53, the first unsafe integer', '9007199254740992'],
      ['2^53 + 1, which a double rounds to a neighbour', '9007199254740993'],
      ['a broken percent escape', '%E0%A4%A'],
      ['an empty segment', ''],
    ])('%s: /periods/%s/actions', async (_case, periodId) => {
      const team = await createTeam();

      const { status, body, response } = await getActions(team.key, periodId);

      expect(status).toBe(400);
      expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
      expect(body).toStrictEqual(INVALID_PERIOD_ID);
    });
  });

  it('checks the API key before the period_id', async () => {
    for (const periodId of ['abc', '']) {
      const { response } = await call(`/periods/${periodId}/actions`);

      expect(response.status).toBe(401);
      expect(response.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
    }
  });

  it('runs no statement for an invalid period_id once the key is known', async () => {
    const team = await createTeam();
    await getJson('/periods/abc/actions', { key: team.key });

    const { status, statements } = await getActions(team.key, 'abc');

    expect(status).toBe(400);
    expect(statements).toBe(0);
  });
});
