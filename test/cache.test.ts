import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchCacheStorage } from './support/cache-storage';
import { type CallOptions, call, getJson } from './support/client';
import { addActions, createPeriod, createTeam, freshId, type TestTeam } from './support/seed';

interface PeriodList {
  periods: { id: number }[];
}

const RANGE = '?start_date=2024-01-01&end_date=2024-01-31T23:59:59.999Z';

const listPeriods = (team: TestTeam, query = RANGE, options: CallOptions = {}) =>
  getJson<PeriodList>(`/periods${query}`, { key: team.key, ...options });

const cacheStatus = (response: Response) => response.headers.get('X-Cache');
const idsOf = (body: PeriodList) => body.periods.map((period) => period.id);

async function createTeamWithJanuaryPeriod() {
  const team = await createTeam();
  const period = await createPeriod(team, { start: '2024-01-10', end: '2024-01-20' });
  return { team, period };
}

/** The cache faults the Worker logged, one parsed JSON line each. */
function watchCacheFaults() {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  return () =>
    warn.mock.calls
      .map(([line]) => JSON.parse(String(line)) as { event?: string })
      .filter((entry) => entry.event === 'cache_fault');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('GET /periods cache', () => {
  it('answers a repeated range from the cache with an identical body', async () => {
    const { team, period } = await createTeamWithJanuaryPeriod();

    const miss = await call(`/periods${RANGE}`, { key: team.key });
    const hit = await call(`/periods${RANGE}`, { key: team.key });

    expect(miss.response.status).toBe(200);
    expect(cacheStatus(miss.response)).toBe('MISS');
    expect(hit.response.status).toBe(200);
    expect(cacheStatus(hit.response)).toBe('HIT');
    const [missBody, hitBody] = [await miss.response.text(), await hit.response.text()];
    expect(hitBody).toBe(missBody);
    expect(JSON.parse(hitBody)).toMatchObject({ periods: [{ id: period.id }] });
    expect(hit.response.headers.get('Content-Type')).toMatch(/^application\/json/);
  });

  it('runs no D1 statement on a hit, authentication included', async () => {
    const { team } = await createTeamWithJanuaryPeriod();
    const miss = await listPeriods(team);

    const hit = await listPeriods(team);

    expect(miss.statements).toBe(2);
    expect(cacheStatus(hit.response)).toBe('HIT');
    expect(hit.statements).toBe(0);
  });

  it.each([
    [
      'the parameters in the other order',
      '?end_date=2024-01-31T23:59:59.999Z&start_date=2024-01-01',
    ],
    ['percent-encoded colons', '?start_date=2024-01-01&end_date=2024-01-31T23%3A59%3A59.999Z'],
    [
      'every character percent-encoded',
      '?%73tart_date=%32024-01-01&end_date=2024-01-31T23:59:59.999%5A',
    ],
    [
      'a date-time with an offset',
      '?start_date=2024-01-01T02:00:00%2B02:00&end_date=2024-01-31T23:59:59.999Z',
    ],
    [
      'nine fraction digits',
      '?start_date=2024-01-01T00:00:00.000000000Z&end_date=2024-01-31T23:59:59.999999999Z',
    ],
    ['no zone', '?start_date=2024-01-01T00:00:00&end_date=2024-01-31T23:59:59.999'],
  ])('serves the same range written with %s from the same entry', async (_, spelling) => {
    const { team } = await createTeamWithJanuaryPeriod();
    const miss = await listPeriods(team);

    const hit = await listPeriods(team, spelling);

    expect(cacheStatus(hit.response)).toBe('HIT');
    expect(hit.body).toEqual(miss.body);
  });

  it('keeps a range with only a start apart from one with only an end', async () => {
    const { team } = await createTeamWithJanuaryPeriod();
    const before = await createPeriod(team, { start: '2023-12-01', end: '2023-12-31' });
    await createPeriod(team, { start: '2024-03-01', end: '2024-03-31' });
    await listPeriods(team, '?start_date=2024-01-01');

    const sameInstantAsEnd = await listPeriods(team, '?end_date=2024-01-01');

    expect(cacheStatus(sameInstantAsEnd.response)).toBe('MISS');
    expect(idsOf(sameInstantAsEnd.body)).toEqual([before.id]);
  });

  it.each([
    ['A', 'B'],
    ['B', 'A'],
  ])('never serves one team the list of another (%s first)', async (first, second) => {
    const teams = {
      A: await createTeamWithJanuaryPeriod(),
      B: await createTeamWithJanuaryPeriod(),
    };
    const order = [teams[first as 'A' | 'B'], teams[second as 'A' | 'B']];

    for (const expected of ['MISS', 'HIT']) {
      for (const { team, period } of order) {
        const { response, body } = await listPeriods(team);
        expect(cacheStatus(response)).toBe(expected);
        expect(idsOf(body)).toEqual([period.id]);
      }
    }
  });

  it('may lag a change in the data by up to the time to live', async () => {
    const { team, period } = await createTeamWithJanuaryPeriod();
    await listPeriods(team);
    await createPeriod(team, { start: '2024-01-15', end: '2024-01-16' });

    const { response, body } = await listPeriods(team);

    expect(cacheStatus(response)).toBe('HIT');
    expect(idsOf(body)).toEqual([period.id]);
  });

  it('stores entries for the time to live of PERIODS_CACHE_TTL_SECONDS', async () => {
    const { team } = await createTeamWithJanuaryPeriod();
    const cacheStorage = watchCacheStorage();

    await listPeriods(team, RANGE, { env: { PERIODS_CACHE_TTL_SECONDS: '5' } });

    expect(cacheStorage.writes).toHaveLength(1);
    expect(cacheStorage.writes[0]?.entry.headers.get('Cache-Control')).toBe('public, max-age=5');
  });

  it.each([
    ['as in wrangler.toml', {}],
    ['not a number', { PERIODS_CACHE_TTL_SECONDS: 'soon' }],
    ['negative', { PERIODS_CACHE_TTL_SECONDS: '-1' }],
  ])('stores entries for 60 seconds when the setting is %s', async (_, env) => {
    const { team } = await createTeamWithJanuaryPeriod();
    const cacheStorage = watchCacheStorage();

    await listPeriods(team, RANGE, { env });

    expect(cacheStorage.writes[0]?.entry.headers.get('Cache-Control')).toBe('public, max-age=60');
  });

  it('stores nothing when PERIODS_CACHE_TTL_SECONDS is 0', async () => {
    const { team, period } = await createTeamWithJanuaryPeriod();
    const cacheStorage = watchCacheStorage();
    const options = { env: { PERIODS_CACHE_TTL_SECONDS: '0' } };
    await listPeriods(team, RANGE, options);
    const added = await createPeriod(team, { start: '2024-01-15', end: '2024-01-16' });

    const { response, body } = await listPeriods(team, RANGE, options);

    expect(cacheStorage.writes).toEqual([]);
    expect(cacheStatus(response)).toBe('MISS');
    expect(idsOf(body)).toEqual([period.id, added.id]);
  });

  describe('a failing cache', () => {
    it('is bypassed when the cache cannot be opened', async () => {
      const { team, period } = await createTeamWithJanuaryPeriod();
      const cacheFaults = watchCacheFaults();
      vi.spyOn(caches, 'open').mockRejectedValue(new Error('cache unavailable'));

      const { status, body, response } = await listPeriods(team);

      expect(status).toBe(200);
      expect(cacheStatus(response)).toBe('MISS');
      expect(idsOf(body)).toEqual([period.id]);
      expect(cacheFaults()).toEqual([
        expect.objectContaining({ operation: 'read', message: 'cache unavailable' }),
      ]);
    });

    it('is bypassed when a lookup fails', async () => {
      const { team, period } = await createTeamWithJanuaryPeriod();
      const cacheFaults = watchCacheFaults();
      watchCacheStorage({ match: () => Promise.reject(new Error('lookup failed')) });

      const { status, body, response } = await listPeriods(team);

      expect(status).toBe(200);
      expect(cacheStatus(response)).toBe('MISS');
      expect(idsOf(body)).toEqual([period.id]);
      expect(cacheFaults()).toEqual([
        expect.objectContaining({ operation: 'read', message: 'lookup failed' }),
      ]);
    });

    it('is bypassed when a write fails', async () => {
      const { team, period } = await createTeamWithJanuaryPeriod();
      const cacheFaults = watchCacheFaults();
      watchCacheStorage({ put: () => Promise.reject(new Error('write failed')) });

      const { status, body, response } = await listPeriods(team);

      expect(status).toBe(200);
      expect(cacheStatus(response)).toBe('MISS');
      expect(idsOf(body)).toEqual([period.id]);
      expect(cacheFaults()).toEqual([
        expect.objectContaining({ operation: 'write', message: 'write failed' }),
      ]);
    });

    it.each([
      ['a body that is not JSON', 'not json', { 'X-Period-List-Format': 'v1' }],
      ['JSON of another shape', '{"periods":"none"}', { 'X-Period-List-Format': 'v1' }],
      [
        'periods that are not periods',
        '{"periods":[{"id":1,"name":"Foreign","start_date":"x"}]}',
        { 'X-Period-List-Format': 'v1' },
      ],
      ['JSON of an older format', '{"periods":[]}', { 'X-Period-List-Format': 'v0' }],
      ['JSON without a format', '{"periods":[]}', {}],
    ])('replaces an entry holding %s', async (_, garbage, headers) => {
      const { team, period } = await createTeamWithJanuaryPeriod();
      const cacheStorage = watchCacheStorage();
      await listPeriods(team);
      const [write] = cacheStorage.writes;
      if (!write) throw new Error('the list was not cached');
      const cache = await caches.open(write.cacheName);
      const storable = { 'Cache-Control': 'public, max-age=60', ...headers };
      await cache.put(write.key, new Response(garbage, { headers: storable }));
      const cacheFaults = watchCacheFaults();

      const replaced = await listPeriods(team);
      const repaired = await listPeriods(team);

      expect(replaced.status).toBe(200);
      expect(cacheStatus(replaced.response)).toBe('MISS');
      expect(idsOf(replaced.body)).toEqual([period.id]);
      expect(cacheFaults()).toEqual([expect.objectContaining({ operation: 'read' })]);
      expect(cacheStatus(repaired.response)).toBe('HIT');
      expect(repaired.body).toEqual(replaced.body);
    });
  });

  it('marks every answer private and says where it came from', async () => {
    const { team } = await createTeamWithJanuaryPeriod();

    const miss = await listPeriods(team);
    const hit = await listPeriods(team);

    for (const [{ response }, status] of [
      [miss, 'MISS'],
      [hit, 'HIT'],
    ] as const) {
      expect(response.headers.get('Cache-Control')).toBe('private');
      expect(response.headers.get('Vary')).toMatch(/\bAuthorization\b/);
      expect(cacheStatus(response)).toBe(status);
    }
  });

  it.each([
    ['a 400', () => '/periods?start_date=x'],
    ['a 404', () => `/periods/${freshId()}/actions`],
  ])('marks %s private too, since it depends on the key', async (_, path) => {
    const team = await createTeam();

    const { response } = await call(path(), { key: team.key });

    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.headers.get('Cache-Control')).toBe('private');
    expect(response.headers.get('Vary')).toMatch(/\bAuthorization\b/);
  });

  it('does not depend on a list cached by another test', async () => {
    const { team } = await createTeamWithJanuaryPeriod();

    const { response } = await listPeriods(team);

    expect(cacheStatus(response)).toBe('MISS');
  });
});

describe('Conditional requests', () => {
  describe('GET /periods', () => {
    it('answers If-None-Match with the ETag by 304 and no body on a miss', async () => {
      const { team } = await createTeamWithJanuaryPeriod();
      const options = { env: { PERIODS_CACHE_TTL_SECONDS: '0' } };
      const first = await listPeriods(team, RANGE, options);
      const etag = first.response.headers.get('ETag') ?? '';

      const { response } = await call(`/periods${RANGE}`, {
        key: team.key,
        headers: { 'If-None-Match': etag },
        ...options,
      });

      expect(etag).toMatch(/^(W\/)?"[^"]+"$/);
      expect(response.status).toBe(304);
      expect(await response.text()).toBe('');
      expect(response.headers.get('ETag')).toBe(etag);
      expect(response.headers.get('Cache-Control')).toBe('private');
      expect(cacheStatus(response)).toBe('MISS');
    });

    it('answers If-None-Match with the ETag by 304 and no body on a hit', async () => {
      const { team } = await createTeamWithJanuaryPeriod();
      const miss = await listPeriods(team);
      const etag = miss.response.headers.get('ETag') ?? '';

      const { response, statements } = await call(`/periods${RANGE}`, {
        key: team.key,
        headers: { 'If-None-Match': etag },
      });

      expect(response.status).toBe(304);
      expect(await response.text()).toBe('');
      expect(response.headers.get('ETag')).toBe(etag);
      expect(response.headers.get('Cache-Control')).toBe('private');
      expect(cacheStatus(response)).toBe('HIT');
      expect(statements).toBe(0);
    });

    it('sends the same ETag for the same list from D1 and from the cache', async () => {
      const { team } = await createTeamWithJanuaryPeriod();

      const miss = await listPeriods(team);
      const hit = await listPeriods(team);

      expect(hit.response.headers.get('ETag')).toBe(miss.response.headers.get('ETag'));
    });

    it('answers 200 with a new ETag once the list has changed', async () => {
      const { team } = await createTeamWithJanuaryPeriod();
      const options = { env: { PERIODS_CACHE_TTL_SECONDS: '0' } };
      const first = await listPeriods(team, RANGE, options);
      const etag = first.response.headers.get('ETag') ?? '';
      await createPeriod(team, { start: '2024-01-15', end: '2024-01-16' });

      const { status, body, response } = await listPeriods(team, RANGE, {
        headers: { 'If-None-Match': etag },
        ...options,
      });

      expect(status).toBe(200);
      expect(body.periods).toHaveLength(2);
      expect(response.headers.get('ETag')).not.toBe(etag);
    });

    it('answers 304 when the ETag is one of several in If-None-Match', async () => {
      const { team } = await createTeamWithJanuaryPeriod();
      const etag = (await listPeriods(team)).response.headers.get('ETag') ?? '';

      const { response } = await call(`/periods${RANGE}`, {
        key: team.key,
        headers: { 'If-None-Match': `"stale", ${etag}` },
      });

      expect(response.status).toBe(304);
    });
  });

  describe('GET /periods/{period_id}/actions', () => {
    it('answers If-None-Match with the ETag by 304 and no body', async () => {
      const { team, period } = await createTeamWithJanuaryPeriod();
      await addActions(team, period, [{ status: 'created' }]);
      const path = `/periods/${period.id}/actions`;
      const first = await call(path, { key: team.key });
      const etag = first.response.headers.get('ETag') ?? '';

      const { response } = await call(path, {
        key: team.key,
        headers: { 'If-None-Match': etag },
      });

      expect(first.response.status).toBe(200);
      expect(etag).toMatch(/^(W\/)?"[^"]+"$/);
      expect(response.status).toBe(304);
      expect(await response.text()).toBe('');
      expect(response.headers.get('ETag')).toBe(etag);
      expect(response.headers.get('Cache-Control')).toBe('private');
    });
  });
});
