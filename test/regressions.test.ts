import { describe, expect, it } from 'vitest';
import { getJson } from './support/client';
import { INVALID_FORM_FIELDS, INVALID_PERIOD_ID } from './support/contract-bodies';
import { encodedJson, getActions, warmKey } from './support/period-actions';
import { addActions, createPeriod, createTeam, type TestTeam } from './support/seed';

/*
 * Inputs known to break APIs on this stack: D1's 100-parameter limit, a query
 * per action, ids past 2^53, bad percent escapes, query validators that drop
 * repeated or bracket keys, leaked validation errors, lax number coercion, and
 * empty lists.
 */

const FIELD_NAMES = ['Priority', 'Region', 'Seats'];
const QUERY = encodedJson(FIELD_NAMES);

/** A period of `count` actions, each with three form fields and two assignees. */
async function periodOfActions(team: TestTeam, count: number) {
  const period = await createPeriod(team, {
    start: '2024-08-01T00:00:00.000Z',
    end: '2024-08-31T23:59:59.999Z',
    markers: [{ name: 'Kick-off', timestamp: '2024-08-01T09:00:00.000Z' }],
  });
  const actionIds = await addActions(
    team,
    period,
    Array.from({ length: count }, (_, index) => ({
      periodMarker: 'Kick-off',
      assignedUserNames: [`Agent ${index}`, `Lead ${index}`],
      formFields: { Priority: index % 2 === 0 ? 'High' : 'Low', Region: 'EU', Seats: index },
    })),
  );
  return { period, actionIds };
}

describe('a period of 250 actions, each with 3 form fields and 2 assignees', () => {
  it('answers 200 with every action and its fields', async () => {
    const team = await createTeam();
    const { period, actionIds } = await periodOfActions(team, 250);

    const { status, body, maxBoundParameters } = await getActions(team.key, period.id, QUERY);

    expect(status).toBe(200);
    expect(body.actions).toHaveLength(250);
    expect(maxBoundParameters).toBeLessThanOrEqual(100);
    body.actions.forEach((action, index) => {
      expect(action).toMatchObject({
        periodActionId: index + 1,
        actionId: actionIds[index],
        periodMarker: 'Kick-off',
        assignedUserNames: [`Agent ${index}`, `Lead ${index}`],
        formFields: { Priority: index % 2 === 0 ? 'High' : 'Low', Region: 'EU', Seats: index },
        notes: [],
      });
    });
  });

  it('runs the same two statements for 1 action as for 250', async () => {
    const team = await createTeam();
    const small = await periodOfActions(team, 1);
    const large = await periodOfActions(team, 250);
    await warmKey(team.key);

    const one = await getActions(team.key, small.period.id, QUERY);
    const many = await getActions(team.key, large.period.id, QUERY);

    expect(one.body.actions).toHaveLength(1);
    expect(many.body.actions).toHaveLength(250);
    expect(one.statements).toBe(2);
    expect(many.statements).toBe(2);
    expect(many.maxBoundParameters).toBeLessThanOrEqual(100);
  });

  it('adds one statement, the key lookup, on the first request of a key', async () => {
    const team = await createTeam();
    const { period } = await periodOfActions(team, 250);

    const { status, statements } = await getActions(team.key, period.id, QUERY);

    expect(status).toBe(200);
    expect(statements).toBe(3);
  });

  it('binds as many parameters for 100 form field names as for 3', async () => {
    const team = await createTeam();
    const { period } = await periodOfActions(team, 250);
    const hundredNames = [...FIELD_NAMES, ...Array.from({ length: 97 }, (_, i) => `Field ${i}`)];
    await warmKey(team.key);

    const three = await getActions(team.key, period.id, QUERY);
    const hundred = await getActions(team.key, period.id, encodedJson(hundredNames));

    expect(hundred.status).toBe(200);
    expect(hundred.body.actions[0]?.notes).toHaveLength(97);
    expect(hundred.statements).toBe(2);
    expect(hundred.maxBoundParameters).toBe(three.maxBoundParameters);
  });
});

describe('an id past 2^53', () => {
  it('GET /periods/9007199254740993/actions is the invalid period_id 400', async () => {
    const team = await createTeam();

    const { status, body } = await getActions(team.key, '9007199254740993');

    expect(status).toBe(400);
    expect(body).toStrictEqual(INVALID_PERIOD_ID);
  });
});

describe('a bad percent escape is a 400 with a JSON message, never a 500', () => {
  it('GET /periods/%E0%A4%A/actions', async () => {
    const team = await createTeam();

    const { status, body } = await getActions(team.key, '%E0%A4%A');

    expect(status).toBe(400);
    expect(body).toStrictEqual(INVALID_PERIOD_ID);
  });

  it('GET /periods?start_date=%ZZ', async () => {
    const team = await createTeam();

    const { status, body } = await getJson('/periods?start_date=%ZZ', { key: team.key });

    expect(status).toBe(400);
    expect(body).toStrictEqual({ message: expect.stringMatching(/^Invalid start_date\b/) });
  });
});

describe('every form_fields spelling keeps all its values', () => {
  async function periodWithFieldsAB() {
    const team = await createTeam();
    const period = await createPeriod(team, {
      start: '2024-08-01T00:00:00.000Z',
      end: '2024-08-31T23:59:59.999Z',
    });
    await addActions(team, period, [{ formFields: { a: 'first', b: 'second', c: 'third' } }]);
    return { team, period };
  }

  it.each([
    ['form_fields=a', { a: 'first' }],
    ['form_fields=a&form_fields=b', { a: 'first', b: 'second' }],
    ['form_fields[]=a', { a: 'first' }],
  ])('%s answers 200 with the fields', async (query, formFields) => {
    const { team, period } = await periodWithFieldsAB();

    const { status, body } = await getActions(team.key, period.id, query);

    expect(status).toBe(200);
    expect(body.actions).toMatchObject([{ formFields, notes: [] }]);
  });

  it('form_fields=%5B%22a%22%2C1%5D answers the form_fields 400', async () => {
    const { team, period } = await periodWithFieldsAB();
    const query = 'form_fields=%5B%22a%22%2C1%5D';

    const { status, body } = await getActions(team.key, period.id, query);

    expect(status).toBe(400);
    expect(body).toStrictEqual(INVALID_FORM_FIELDS);
  });
});

describe("the API's own error bodies, not the validation library's", () => {
  it('GET /periods/abc/actions', async () => {
    const team = await createTeam();

    const { status, body } = await getActions(team.key, 'abc');

    expect(status).toBe(400);
    expect(body).toStrictEqual(INVALID_PERIOD_ID);
  });

  it('GET /periods?end_date=x', async () => {
    const team = await createTeam();

    const { status, body } = await getJson('/periods?end_date=x', { key: team.key });

    expect(status).toBe(400);
    expect(body).toStrictEqual({ message: expect.stringMatching(/^Invalid end_date\b/) });
  });
});

describe('no number coercion of period_id', () => {
  it.each(['0x10', '1e3', '%207', '1.0', '-1', '12abc', ''])(
    'period_id "%s" is the invalid period_id 400',
    async (periodId) => {
      const team = await createTeam();

      const { status, body } = await getActions(team.key, periodId);

      expect(status).toBe(400);
      expect(body).toStrictEqual(INVALID_PERIOD_ID);
    },
  );
});

describe('a period with no actions', () => {
  it.each([
    ['without form_fields', ''],
    ['with form_fields', QUERY],
  ])('answers 200 {"actions": []} %s', async (_case, query) => {
    const team = await createTeam();
    const period = await createPeriod(team, {
      start: '2024-08-01T00:00:00.000Z',
      end: '2024-08-31T23:59:59.999Z',
    });

    const { status, body } = await getActions(team.key, period.id, query);

    expect(status).toBe(200);
    expect(body).toStrictEqual({ actions: [] });
  });
});
