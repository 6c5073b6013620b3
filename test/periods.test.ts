import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getJson } from './support/client';
import { createPeriod, createTeam, type TestTeam } from './support/seed';

interface PeriodList {
  periods: { id: number; name: string; start_date: string; end_date: string }[];
}

/** GET /periods with the given query, answered from D1 rather than a cached list. */
const listPeriods = (team: TestTeam, query = '') =>
  getJson<PeriodList>(`/periods${query}`, {
    key: team.key,
    env: { PERIODS_CACHE_TTL_SECONDS: '0' },
  });

const idsOf = (body: PeriodList) => body.periods.map((period) => period.id);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('GET /periods', () => {
  it('returns every field of a period, with its markers sorted by timestamp', async () => {
    const team = await createTeam();
    const period = await createPeriod(team, {
      name: 'Example Period',
      start: '2024-07-18T18:30:00.000Z',
      end: '2024-07-18T20:30:00.000Z',
      createdAt: '2024-07-18T19:26:16.624Z',
      updatedAt: '2024-07-26T06:02:03.257Z',
      markers: [
        { name: 'Wrap-up', timestamp: '2024-07-18T20:00:00.000Z' },
        { name: 'Example Period Marker', timestamp: '2024-07-18T18:40:00.000Z' },
        { name: 'Break', timestamp: '2024-07-18T19:15:30.500Z' },
      ],
    });

    const { status, body, response } = await listPeriods(team);

    expect(status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(body).toEqual({
      periods: [
        {
          id: period.id,
          name: 'Example Period',
          start_date: '2024-07-18T18:30:00.000Z',
          end_date: '2024-07-18T20:30:00.000Z',
          created_at: '2024-07-18T19:26:16.624Z',
          updated_at: '2024-07-26T06:02:03.257Z',
          markers: [
            { name: 'Example Period Marker', timestamp: '2024-07-18T18:40:00.000Z' },
            { name: 'Break', timestamp: '2024-07-18T19:15:30.500Z' },
            { name: 'Wrap-up', timestamp: '2024-07-18T20:00:00.000Z' },
          ],
        },
      ],
    });
  });

  it('gives an empty markers array to a period without markers', async () => {
    const team = await createTeam();
    const period = await createPeriod(team, {
      name: 'Quiet week',
      start: '2024-03-04',
      end: '2024-03-10T23:59:59.999Z',
    });

    const { body } = await listPeriods(team);

    expect(body).toEqual({
      periods: [
        {
          id: period.id,
          name: 'Quiet week',
          start_date: '2024-03-04T00:00:00.000Z',
          end_date: '2024-03-10T23:59:59.999Z',
          created_at: '2024-03-04T00:00:00.000Z',
          updated_at: '2024-03-04T00:00:00.000Z',
          markers: [],
        },
      ],
    });
  });

  it('answers an empty list to a team without periods', async () => {
    const team = await createTeam();

    const { status, body } = await listPeriods(team);

    expect(status).toBe(200);
    expect(body).toEqual({ periods: [] });
  });

  it("lists only the caller's team's periods", async () => {
    const team = await createTeam();
    const otherTeam = await createTeam();
    const own = await createPeriod(team, { start: '2024-05-01', end: '2024-05-31' });
    await createPeriod(otherTeam, { start: '2024-05-01', end: '2024-05-31' });

    const { body } = await listPeriods(team, '?start_date=2024-05-01&end_date=2024-05-31');

    expect(idsOf(body)).toEqual([own.id]);
  });

  it('sorts by start_date, then by id', async () => {
    const team = await createTeam();
    const late = await createPeriod(team, { name: 'A', start: '2024-02-01', end: '2024-02-02' });
    const firstOfTwins = await createPeriod(team, {
      name: 'C',
      start: '2024-01-01',
      end: '2024-03-01',
    });
    const secondOfTwins = await createPeriod(team, {
      name: 'B',
      start: '2024-01-01',
      end: '2024-01-02',
    });
    const early = await createPeriod(team, { name: 'D', start: '2023-12-31', end: '2024-12-31' });

    const { body } = await listPeriods(team);

    expect(idsOf(body)).toEqual([early.id, firstOfTwins.id, secondOfTwins.id, late.id]);
  });

  it('keeps the milliseconds of stored instants', async () => {
    const team = await createTeam();
    await createPeriod(team, {
      start: '2024-01-01T01:01:00.123Z',
      end: '2024-01-01T01:01:59.999Z',
      createdAt: '2024-01-01T00:00:00.001Z',
    });

    const { body } = await listPeriods(team);

    expect(body.periods).toEqual([
      expect.objectContaining({
        start_date: '2024-01-01T01:01:00.123Z',
        end_date: '2024-01-01T01:01:59.999Z',
        created_at: '2024-01-01T00:00:00.001Z',
      }),
    ]);
  });

  it('compares bounds to the millisecond', async () => {
    const team = await createTeam();
    await createPeriod(team, {
      start: '2024-01-01T01:01:00.000Z',
      end: '2024-01-01T01:01:00.499Z',
    });
    const endsAtBound = await createPeriod(team, {
      start: '2024-01-01T01:01:00.000Z',
      end: '2024-01-01T01:01:00.500Z',
    });

    const { body } = await listPeriods(
      team,
      '?start_date=2024-01-01T01:01:00.500Z&end_date=2024-01-02T00:00:00.000Z',
    );

    expect(idsOf(body)).toEqual([endsAtBound.id]);
  });

  it('returns exactly the periods that overlap the range, in start order', async () => {
    const team = await createTeam();
    const march = await createPeriod(team, { start: '2024-03-01', end: '2024-03-31' });
    const january = await createPeriod(team, { start: '2024-01-01', end: '2024-01-31' });
    await createPeriod(team, { start: '2024-05-01', end: '2024-05-31' });

    const { body } = await listPeriods(team, '?start_date=2024-01-15&end_date=2024-03-15');

    expect(idsOf(body)).toEqual([january.id, march.id]);
  });

  describe('overlap with inclusive bounds', () => {
    const range = '?start_date=2024-06-10T00:00:00.000Z&end_date=2024-06-20T00:00:00.000Z';

    it.each([
      ['ends exactly at start_date', '2024-06-01T00:00:00.000Z', '2024-06-10T00:00:00.000Z'],
      ['starts exactly at end_date', '2024-06-20T00:00:00.000Z', '2024-06-30T00:00:00.000Z'],
      ['lies inside the range', '2024-06-12T00:00:00.000Z', '2024-06-13T00:00:00.000Z'],
      ['covers the range', '2024-06-01T00:00:00.000Z', '2024-06-30T00:00:00.000Z'],
      ['is the range itself', '2024-06-10T00:00:00.000Z', '2024-06-20T00:00:00.000Z'],
    ])('includes a period that %s', async (_, start, end) => {
      const team = await createTeam();
      const period = await createPeriod(team, { start, end });

      const { body } = await listPeriods(team, range);

      expect(idsOf(body)).toEqual([period.id]);
    });

    it.each([
      ['ends 1 ms before start_date', '2024-06-01T00:00:00.000Z', '2024-06-09T23:59:59.999Z'],
      ['starts 1 ms after end_date', '2024-06-20T00:00:00.001Z', '2024-06-30T00:00:00.000Z'],
    ])('excludes a period that %s', async (_, start, end) => {
      const team = await createTeam();
      await createPeriod(team, { start, end });

      const { body } = await listPeriods(team, range);

      expect(body).toEqual({ periods: [] });
    });
  });

  it('with start_date only, returns the periods ending at or after it', async () => {
    const team = await createTeam();
    await createPeriod(team, { start: '2024-01-01', end: '2024-01-31T23:59:59.999Z' });
    const endsAtBound = await createPeriod(team, { start: '2024-01-15', end: '2024-02-01' });
    const later = await createPeriod(team, { start: '2030-01-01', end: '2030-12-31' });

    const { body } = await listPeriods(team, '?start_date=2024-02-01');

    expect(idsOf(body)).toEqual([endsAtBound.id, later.id]);
  });

  it('with end_date only, returns the periods starting at or before it', async () => {
    const team = await createTeam();
    const earlier = await createPeriod(team, { start: '1999-01-01', end: '1999-12-31' });
    const startsAtBound = await createPeriod(team, { start: '2024-02-01', end: '2024-03-01' });
    await createPeriod(team, { start: '2024-02-01T00:00:00.001Z', end: '2024-03-01' });

    const { body } = await listPeriods(team, '?end_date=2024-02-01');

    expect(idsOf(body)).toEqual([earlier.id, startsAtBound.id]);
  });

  it('without bounds, returns all periods of the team', async () => {
    const team = await createTeam();
    const ancient = await createPeriod(team, { start: '0001-01-01', end: '0001-12-31' });
    const current = await createPeriod(team, { start: '2024-01-01', end: '2024-12-31' });
    const distant = await createPeriod(team, { start: '9999-01-01', end: '9999-12-31' });

    const { body } = await listPeriods(team);

    expect(idsOf(body)).toEqual([ancient.id, current.id, distant.id]);
  });

  it('accepts start_date equal to end_date', async () => {
    const team = await createTeam();
    const period = await createPeriod(team, { start: '2024-01-01', end: '2024-01-31' });

    const { status, body } = await listPeriods(
      team,
      '?start_date=2024-01-10T12:00:00Z&end_date=2024-01-10T12:00:00.000Z',
    );

    expect(status).toBe(200);
    expect(idsOf(body)).toEqual([period.id]);
  });

  it('answers 400 when start_date is after end_date', async () => {
    const team = await createTeam();

    const { status, body } = await listPeriods(
      team,
      '?start_date=2024-01-10T00:00:00.001Z&end_date=2024-01-10',
    );

    expect(status).toBe(400);
    expect(body).toEqual({
      message: 'Invalid date range. start_date must not be after end_date.',
    });
  });

  it('compares the range after converting offsets to UTC', async () => {
    const team = await createTeam();

    const { status } = await listPeriods(
      team,
      '?start_date=2024-01-10T01:00:00%2B02:00&end_date=2024-01-09T23:30:00Z',
    );

    expect(status).toBe(200);
  });

  it('runs one statement when the key is known and the list is not cached', async () => {
    const team = await createTeam();
    await createPeriod(team, { start: '2024-01-01', end: '2024-01-31' });
    await listPeriods(team, '?start_date=2023-01-01');

    const { statements } = await listPeriods(team, '?start_date=2024-01-01');

    expect(statements).toBe(1);
  });

  it('runs two statements for a key this isolate has not seen', async () => {
    const team = await createTeam();
    await createPeriod(team, { start: '2024-01-01', end: '2024-01-31' });

    const { status, statements } = await listPeriods(team);

    expect(status).toBe(200);
    expect(statements).toBe(2);
  });

  it('reads through a D1 session that may use the nearest replica', async () => {
    const team = await createTeam();
    const withSession = vi.spyOn(env.DB, 'withSession');
    const prepareOnBinding = vi.spyOn(env.DB, 'prepare');
    const batchOnBinding = vi.spyOn(env.DB, 'batch');

    const { status, statements } = await listPeriods(team);

    expect(status).toBe(200);
    expect(statements).toBe(2);
    expect(withSession.mock.calls).toEqual([['first-unconstrained']]);
    expect(prepareOnBinding).not.toHaveBeenCalled();
    expect(batchOnBinding).not.toHaveBeenCalled();
  });
});
