import { describe, expect, it } from 'vitest';
import { formatInstant, parseInstant } from '../src/dates';
import { getJson } from './support/client';
import { createPeriod, createTeam } from './support/seed';

/** The accepted input, read back in the API's output form. */
const normalised = (input: string) => {
  const ms = parseInstant(input);
  return ms === undefined ? undefined : formatInstant(ms);
};

describe('parseInstant', () => {
  it.each([
    ['2024-01-01', '2024-01-01T00:00:00.000Z'],
    ['2024-07-18T18:30:00', '2024-07-18T18:30:00.000Z'],
    ['2024-07-18T18:30:00Z', '2024-07-18T18:30:00.000Z'],
    ['2024-07-18T18:30:00.000Z', '2024-07-18T18:30:00.000Z'],
  ])('reads %s as %s', (input, expected) => {
    expect(normalised(input)).toBe(expected);
  });

  it.each([
    ['2024-01-01T01:01:00.5Z', '2024-01-01T01:01:00.500Z'],
    ['2024-01-01T01:01:00.12Z', '2024-01-01T01:01:00.120Z'],
    ['2024-01-01T01:01:00.123Z', '2024-01-01T01:01:00.123Z'],
    ['2024-01-01T01:01:00.1239Z', '2024-01-01T01:01:00.123Z'],
    ['2024-01-01T01:01:00.999999999Z', '2024-01-01T01:01:00.999Z'],
    ['2024-01-01T01:01:00.000000001', '2024-01-01T01:01:00.000Z'],
  ])('cuts the fraction of %s to milliseconds: %s', (input, expected) => {
    expect(normalised(input)).toBe(expected);
  });

  it.each([
    ['2024-01-01T02:00:00+02:00', '2024-01-01T00:00:00.000Z'],
    ['2023-12-31T19:00:00-05:00', '2024-01-01T00:00:00.000Z'],
    ['2024-01-01T05:30:00.250+05:30', '2024-01-01T00:00:00.250Z'],
    ['2024-01-01T00:00:00-00:00', '2024-01-01T00:00:00.000Z'],
    ['2024-03-01T00:30:00+01:00', '2024-02-29T23:30:00.000Z'],
    ['2024-12-31T23:00:00-01:00', '2025-01-01T00:00:00.000Z'],
  ])('converts the offset of %s to UTC: %s', (input, expected) => {
    expect(normalised(input)).toBe(expected);
  });

  it.each([
    ['0000-01-01', '0000-01-01T00:00:00.000Z'],
    ['0000-02-29', '0000-02-29T00:00:00.000Z'],
    ['0099-12-31T23:59:59.999Z', '0099-12-31T23:59:59.999Z'],
    ['1969-12-31T23:59:59.999Z', '1969-12-31T23:59:59.999Z'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
  ])('takes years 0000 to 9999 literally: %s', (input, expected) => {
    expect(normalised(input)).toBe(expected);
  });

  it.each([
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['2000-02-29', '2000-02-29T00:00:00.000Z'],
  ])('accepts the leap day %s', (input, expected) => {
    expect(normalised(input)).toBe(expected);
  });

  it.each([
    ['an empty value', ''],
    ['a zone that moves the instant past year 9999', '9999-12-31T23:59:59.999-01:00'],
    ['a zone that moves the instant before year 0000', '0000-01-01T00:00:00+01:00'],
    ['a space for T', '2024-01-01 00:00:00Z'],
    ['a lowercase t', '2024-01-01t00:00:00Z'],
    ['a lowercase z', '2024-01-01T00:00:00z'],
    ['an offset without colon', '2024-01-01T00:00:00+0200'],
    ['an offset of hours only', '2024-01-01T00:00:00+02'],
    ['minutes without seconds', '2024-01-01T00:00'],
    ['minutes without seconds and a zone', '2024-01-01T00:00Z'],
    ['hour 24', '2024-01-01T24:00:00Z'],
    ['minute 60', '2024-01-01T00:60:00Z'],
    ['second 60', '2024-12-31T23:59:60Z'],
    ['an offset of 24 hours', '2024-01-01T00:00:00+24:00'],
    ['an offset of 60 minutes', '2024-01-01T00:00:00+01:60'],
    ['February 30', '2024-02-30'],
    ['February 29 of a common year', '2023-02-29'],
    ['February 29 of a century year', '1900-02-29'],
    ['April 31', '2024-04-31'],
    ['month 13', '2024-13-01'],
    ['month 00', '2024-00-10'],
    ['day 00', '2024-01-00'],
    ['an impossible date with a time', '2024-02-30T00:00:00.000Z'],
    ['a written date', '1 Jan 2024'],
    ['slashes', '2024/01/01'],
    ['unpadded fields', '2024-1-1'],
    ['a two-digit year', '24-01-01'],
    ['a five-digit year', '12024-01-01'],
    ['an expanded year', '+002024-01-01'],
    ['a negative year', '-000001-01-01'],
    ['a compact date', '20240101'],
    ['a week date', '2024-W01-1'],
    ['epoch milliseconds', '1704067200000'],
    ['a T with no time', '2024-01-01T'],
    ['a zone on a date', '2024-01-01Z'],
    ['a bare time', 'T24:00'],
    ['a dot with no digits', '2024-01-01T00:00:00.Z'],
    ['ten fraction digits', '2024-01-01T00:00:00.1234567890Z'],
    ['a comma fraction', '2024-01-01T00:00:00,5Z'],
    ['a leading space', ' 2024-01-01'],
    ['a trailing newline', '2024-01-01\n'],
    ['full-width digits', '２０２４-01-01'],
  ])('rejects %s', (_, input) => {
    expect(parseInstant(input)).toBeUndefined();
  });
});

describe('formatInstant', () => {
  it('always writes UTC with three fractional digits', () => {
    expect(formatInstant(Date.UTC(2024, 6, 18, 18, 30))).toBe('2024-07-18T18:30:00.000Z');
    expect(formatInstant(Date.UTC(2024, 0, 1, 1, 1, 0, 123))).toBe('2024-01-01T01:01:00.123Z');
  });
});

describe('GET /periods dates', () => {
  const expectedForm = 'YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS[.fraction][Z|+HH:MM|-HH:MM]';

  it.each([
    ['start_date', '2024-02-30T00:00:00.000Z'],
    ['start_date', '1 Jan 2024'],
    ['start_date', '2024/01/01'],
    ['start_date', '2024-01-01T24:00:00Z'],
    ['start_date', ''],
    ['end_date', 'x'],
    ['end_date', '2024-01-01T00:00:00+0200'],
    ['end_date', '2024-01-01t00:00:00z'],
  ])('answers 400 naming %s for %j', async (parameter, value) => {
    const team = await createTeam();

    const query = new URLSearchParams({ [parameter]: value });
    const { status, body } = await getJson(`/periods?${query}`, { key: team.key });

    expect(status).toBe(400);
    expect(body).toEqual({
      message: expect.stringContaining(`Invalid ${parameter}. Expected ${expectedForm}`),
    });
  });

  it.each([
    ['start_date', '?start_date=%ZZ'],
    ['start_date', '?start_date=%E0%A4%A'],
    ['end_date', '?end_date=2024-01-01%'],
    ['start_date', '?start_date'],
  ])('answers 400 with a JSON message naming %s for %s', async (parameter, query) => {
    const team = await createTeam();

    const { status, body } = await getJson(`/periods${query}`, { key: team.key });

    expect(status).toBe(400);
    expect(body).toEqual({ message: expect.stringContaining(`Invalid ${parameter}.`) });
  });

  it('names start_date when the parameter is repeated', async () => {
    const team = await createTeam();

    const path = '/periods?start_date=2024-01-01&start_date=2024-01-02';
    const { status, body } = await getJson(path, { key: team.key });

    expect(status).toBe(400);
    expect(body).toEqual({ message: expect.stringContaining('Invalid start_date.') });
  });

  it('reads two spellings of the same instant as the same query', async () => {
    const team = await createTeam();
    await createPeriod(team, { start: '2023-12-31T22:00:00Z', end: '2023-12-31T23:59:59.999Z' });
    const period = await createPeriod(team, { start: '2023-12-31', end: '2024-01-01' });

    const spellings = [
      '2024-01-01',
      '2024-01-01T00:00:00.000Z',
      '2024-01-01T02:00:00.000000+02:00',
      '2023-12-31T19:00:00-05:00',
    ];
    const bodies = [];
    for (const spelling of spellings) {
      const query = new URLSearchParams({ start_date: spelling });
      const options = { key: team.key, env: { PERIODS_CACHE_TTL_SECONDS: '0' } };
      const { status, body } = await getJson(`/periods?${query}`, options);
      expect(status).toBe(200);
      bodies.push(body);
    }

    expect(bodies[0]).toMatchObject({ periods: [{ id: period.id }] });
    expect(new Set(bodies.map((body) => JSON.stringify(body))).size).toBe(1);
  });
});
