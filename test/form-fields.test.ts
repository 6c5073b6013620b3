import { describe, expect, it } from 'vitest';
import { INVALID_FORM_FIELDS, INVALID_PERIOD_ID } from './support/contract-bodies';
import { encodedJson, getActions, warmKey } from './support/period-actions';
import { addActions, createPeriod, createTeam, freshId } from './support/seed';

const PRIORITY_AND_REGION = { Priority: 'High', Region: 'EU' };

/** A period with one action that has the given form fields and one never asked for. */
async function periodWithFields(formFields: Record<string, unknown> = PRIORITY_AND_REGION) {
  const team = await createTeam();
  const period = await createPeriod(team, {
    start: '2024-08-01T00:00:00.000Z',
    end: '2024-08-31T23:59:59.999Z',
  });
  await addActions(team, period, [{ formFields: { ...formFields, Internal: 'not asked for' } }]);
  return { team, period };
}

/** The formFields and notes of that one action for a raw query string. */
async function fieldsOf(query: string, formFields?: Record<string, unknown>) {
  const { team, period } = await periodWithFields(formFields);
  const { status, body } = await getActions(team.key, period.id, query);
  const [action] = body.actions;
  return { status, formFields: action?.formFields, notes: action?.notes, action };
}

describe('GET /periods/{period_id}/actions?form_fields', () => {
  describe('reads every spelling as the same list', () => {
    it.each([
      ['a URL-encoded JSON array', encodedJson(['Priority', 'Region'])],
      ['a JSON array with its brackets and quotes as typed', 'form_fields=["Priority","Region"]'],
      ['repeated keys', 'form_fields=Priority&form_fields=Region'],
      ['bracket keys', 'form_fields[]=Priority&form_fields[]=Region'],
      ['percent-encoded bracket keys', 'form_fields%5B%5D=Priority&form_fields%5B%5D=Region'],
      ['plain and bracket keys together', 'form_fields=Priority&form_fields[]=Region'],
    ])('%s', async (_spelling, query) => {
      const result = await fieldsOf(query);

      expect(result.status).toBe(200);
      expect(result.formFields).toStrictEqual({ Priority: 'High', Region: 'EU' });
      expect(result.notes).toStrictEqual([]);
    });

    it('a single plain value', async () => {
      const result = await fieldsOf('form_fields=Priority');

      expect(result.status).toBe(200);
      expect(result.formFields).toStrictEqual({ Priority: 'High' });
      expect(result.notes).toStrictEqual([]);
    });

    it('a single bracket key', async () => {
      const result = await fieldsOf('form_fields[]=Region');

      expect(result.status).toBe(200);
      expect(result.formFields).toStrictEqual({ Region: 'EU' });
    });
  });

  it('reads a single plain value in quotes as a name, quotes included', async () => {
    const result = await fieldsOf(`form_fields=${encodeURIComponent('"Priority"')}`);

    expect(result.status).toBe(200);
    expect(result.formFields).toStrictEqual({});
    expect(result.notes).toStrictEqual(['Form field "\\"Priority\\"" not found for this action.']);
  });

  it('takes every value of repeated keys as a name, even one that looks like JSON', async () => {
    const result = await fieldsOf('form_fields=%5BPriority%5D&form_fields=Region', {
      '[Priority]': 'Bracketed',
      Region: 'EU',
    });

    expect(result.status).toBe(200);
    expect(result.formFields).toStrictEqual({ '[Priority]': 'Bracketed', Region: 'EU' });
  });

  it('takes a bracket value as a name, even one that looks like JSON', async () => {
    const result = await fieldsOf(`form_fields[]=${encodeURIComponent('["Region"]')}`, {
      '["Region"]': 'literal',
      Region: 'EU',
    });

    expect(result.status).toBe(200);
    expect(result.formFields).toStrictEqual({ '["Region"]': 'literal' });
  });

  it('passes names with quotes, spaces and non-ASCII letters through unchanged', async () => {
    const name = 'Größe "final" — ✓';
    const result = await fieldsOf(encodedJson([name]), { [name]: 'XL' });

    expect(result.formFields).toStrictEqual({ [name]: 'XL' });
  });

  it('reads + in a query value as a space', async () => {
    const result = await fieldsOf('form_fields=Due+date', { 'Due date': '2024-08-09' });

    expect(result.formFields).toStrictEqual({ 'Due date': '2024-08-09' });
  });

  it('treats an empty JSON array as no form_fields', async () => {
    const { status, action } = await fieldsOf(encodedJson([]));

    expect(status).toBe(200);
    expect(action).not.toHaveProperty('formFields');
    expect(action).not.toHaveProperty('notes');
  });

  it('adds neither formFields nor notes without form_fields', async () => {
    const { status, action } = await fieldsOf('');

    expect(status).toBe(200);
    expect(action).not.toHaveProperty('formFields');
    expect(action).not.toHaveProperty('notes');
  });

  it('returns each value as stored: string, number, boolean, null, array and object', async () => {
    const stored = {
      Text: 'High',
      Integer: 4,
      Decimal: -12.75,
      Flag: true,
      Off: false,
      Nothing: null,
      Tags: ['vip', 2, null],
      Address: { city: 'Lyon', floor: 3, tags: [] },
      Empty: '',
    };

    const result = await fieldsOf(encodedJson(Object.keys(stored)), stored);

    expect(result.status).toBe(200);
    expect(result.formFields).toStrictEqual(stored);
    expect(result.notes).toStrictEqual([]);
  });

  it('adds a note, in request order, for each requested field an action lacks', async () => {
    const result = await fieldsOf(encodedJson(['Seats', 'Priority', 'Budget']));

    expect(result.formFields).toStrictEqual({ Priority: 'High' });
    expect(result.notes).toStrictEqual([
      'Form field "Seats" not found for this action.',
      'Form field "Budget" not found for this action.',
    ]);
  });

  it('gives each action its own fields and notes', async () => {
    const NO_PRIORITY = 'Form field "Priority" not found for this action.';
    const team = await createTeam();
    const period = await createPeriod(team, {
      start: '2024-08-01T00:00:00.000Z',
      end: '2024-08-31T23:59:59.999Z',
    });
    await addActions(team, period, [
      { formFields: { Priority: 'High', Region: 'EU' } },
      { formFields: { Region: 'US' } },
      {},
    ]);

    const { body } = await getActions(team.key, period.id, encodedJson(['Priority', 'Region']));

    expect(body.actions.map(({ formFields, notes }) => ({ formFields, notes }))).toStrictEqual([
      { formFields: { Priority: 'High', Region: 'EU' }, notes: [] },
      { formFields: { Region: 'US' }, notes: [NO_PRIORITY] },
      {
        formFields: {},
        notes: [NO_PRIORITY, 'Form field "Region" not found for this action.'],
      },
    ]);
  });

  it.each([
    ['in a JSON array', encodedJson(['Seats', 'Seats', 'Priority'])],
    ['as repeated keys', 'form_fields=Seats&form_fields=Priority&form_fields=Seats'],
  ])('counts duplicate names once %s', async (_spelling, query) => {
    const result = await fieldsOf(query);

    expect(result.formFields).toStrictEqual({ Priority: 'High' });
    expect(result.notes).toStrictEqual(['Form field "Seats" not found for this action.']);
  });

  it('accepts 100 names of 200 characters', async () => {
    const names = Array.from({ length: 100 }, (_, index) => `${index}`.padEnd(200, 'x'));

    const result = await fieldsOf(encodedJson(names), { [names[99] ?? '']: 'last' });

    expect(result.status).toBe(200);
    expect(result.formFields).toStrictEqual({ [names[99] ?? '']: 'last' });
    expect(result.notes).toHaveLength(99);
  });

  it('counts the length of a name in characters, not UTF-16 units', async () => {
    const emoji = '\u{1F600}';

    const accepted = await fieldsOf(encodedJson([emoji.repeat(200)]));
    const { team, period } = await periodWithFields();
    const refused = await getActions(team.key, period.id, encodedJson([emoji.repeat(201)]));

    expect(accepted.status).toBe(200);
    expect(accepted.notes).toHaveLength(1);
    expect(refused.status).toBe(400);
    expect(refused.body).toStrictEqual(INVALID_FORM_FIELDS);
  });

  it('accepts more than 100 names when duplicates bring them to 100', async () => {
    const names = Array.from({ length: 100 }, (_, index) => `Field ${index}`);

    const result = await fieldsOf(encodedJson([...names, 'Field 0', 'Field 1']));

    expect(result.status).toBe(200);
    expect(result.notes).toHaveLength(100);
  });

  describe('rejects', () => {
    const tooMany = Array.from({ length: 101 }, (_, index) => `Field ${index}`);

    it.each([
      ['a JSON array with a number', encodedJson(['Priority', 1])],
      ['a JSON array with null', encodedJson([null])],
      ['a JSON array with a nested array', encodedJson([['Priority']])],
      ['a JSON object', encodedJson({ Priority: 1 })],
      ['a JSON object as a bracket-less single value', 'form_fields={}'],
      ['broken JSON', 'form_fields=%5B%22Priority%22'],
      ['an unclosed JSON array', 'form_fields=['],
      ['JSON with a trailing comma', encodedJson(['Priority']).replace('%5D', '%2C%5D')],
      ['an empty name in a JSON array', encodedJson(['Priority', ''])],
      ['an empty plain value', 'form_fields='],
      ['a key without a value', 'form_fields'],
      ['an empty repeated key', 'form_fields=Priority&form_fields='],
      ['an empty bracket key', 'form_fields[]='],
      ['101 distinct names in a JSON array', encodedJson(tooMany)],
      ['101 distinct names as repeated keys', tooMany.map((n) => `form_fields=${n}`).join('&')],
      ['a name of 201 characters', encodedJson(['x'.repeat(201)])],
      ['a plain name of 201 characters', `form_fields=${'x'.repeat(201)}`],
      ['a broken percent escape', 'form_fields=%ZZ'],
      ['a percent escape of invalid UTF-8', 'form_fields=%E0%A4%A'],
      ['a broken percent escape among repeated keys', 'form_fields=Priority&form_fields=%E0%A4'],
      ['indexed bracket keys', 'form_fields[0]=Priority&form_fields[1]=Region'],
      ['percent-encoded indexed bracket keys', 'form_fields%5B0%5D=Priority'],
      ['named bracket keys', 'form_fields[name]=Priority'],
    ])('%s', async (_case, query) => {
      const { team, period } = await periodWithFields();

      const { status, body, response } = await getActions(team.key, period.id, query);

      expect(status).toBe(400);
      expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
      expect(body).toStrictEqual(INVALID_FORM_FIELDS);
    });
  });

  it('ignores a broken escape in another query parameter', async () => {
    const result = await fieldsOf('utm=%ZZ&form_fields=Priority');

    expect(result.status).toBe(200);
    expect(result.formFields).toStrictEqual({ Priority: 'High' });
  });

  it('checks period_id before form_fields', async () => {
    const team = await createTeam();

    const { status, body } = await getActions(team.key, 'abc', 'form_fields=%5B1%5D');

    expect(status).toBe(400);
    expect(body).toStrictEqual(INVALID_PERIOD_ID);
  });

  it('rejects invalid form_fields without reading the database', async () => {
    const team = await createTeam();
    await warmKey(team.key);

    const { status, body, statements } = await getActions(team.key, freshId(), 'form_fields=');

    expect(status).toBe(400);
    expect(body).toStrictEqual(INVALID_FORM_FIELDS);
    expect(statements).toBe(0);
  });
});
