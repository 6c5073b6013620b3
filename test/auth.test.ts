import { afterEach, describe, expect, it, vi } from 'vitest';
import { call, getJson } from './support/client';
import { createApiKey, createPeriod, createTeam, freshId, revokeApiKey } from './support/seed';

const MISSING = 'Missing API key. Send it as "Authorization: Bearer <api key>".';
const MALFORMED = 'Malformed Authorization header. Expected "Bearer <api key>".';
const REJECTED = 'Unknown or revoked API key.';

/** A key of the right form that was never issued. */
const unknownKey = () => `pak_${'0123456789'.repeat(4)}`;

const withAuthorization = (value: string) => ({ headers: { Authorization: value } });

function expectUnauthorized(response: Response, body: unknown, message: string) {
  expect(response.status).toBe(401);
  expect(response.headers.get('WWW-Authenticate')).toMatch(/^Bearer\b/);
  expect(response.headers.get('Cache-Control')).toBe('private');
  expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
  expect(body).toEqual({ message });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('authentication', () => {
  describe.each(['/periods', '/periods/1/actions'])('GET %s', (path) => {
    it('answers 401 without an Authorization header', async () => {
      const { response, body } = await getJson(path);

      expectUnauthorized(response, body, MISSING);
    });

    it.each([
      ['an empty header', ''],
      ['a blank header', '   '],
    ])('answers 401 with %s', async (_, header) => {
      const { response, body } = await getJson(path, withAuthorization(header));

      expectUnauthorized(response, body, MISSING);
    });

    it.each([
      ['another scheme', `Basic ${btoa('user:password')}`],
      ['a key under another scheme', `Token ${unknownKey()}`],
      ['the scheme alone', 'Bearer'],
      ['the scheme and a space', 'Bearer '],
      ['a key without the scheme', unknownKey()],
      ['a key without the prefix', `Bearer ${'0123456789'.repeat(4)}`],
      ['a key one character short', `Bearer ${unknownKey().slice(0, -1)}`],
      ['a key with a symbol', `Bearer ${unknownKey().slice(0, -1)}!`],
      ['two keys', `Bearer ${unknownKey()} ${unknownKey()}`],
    ])('answers 401 for a malformed header: %s', async (_, header) => {
      const { response, body } = await getJson(path, withAuthorization(header));

      expectUnauthorized(response, body, MALFORMED);
    });

    it('answers 401 for a well-formed key that was never issued', async () => {
      const { response, body } = await getJson(path, { key: unknownKey() });

      expectUnauthorized(response, body, REJECTED);
    });

    it('answers 401 for a revoked key', async () => {
      const team = await createTeam();
      await revokeApiKey(team.key);

      const { response, body } = await getJson(path, { key: team.key });

      expectUnauthorized(response, body, REJECTED);
    });
  });

  it('accepts the scheme in any case', async () => {
    const team = await createTeam();

    const { status } = await getJson('/periods', withAuthorization(`bearer ${team.key}`));

    expect(status).toBe(200);
  });

  it('accepts every unrevoked key of a team', async () => {
    const team = await createTeam();
    const secondKey = await createApiKey(team.id);
    await revokeApiKey(team.key);

    const { status } = await getJson('/periods', { key: secondKey });

    expect(status).toBe(200);
  });

  describe('is checked before any parameter', () => {
    it.each([
      '/periods?start_date=1%20Jan%202024',
      '/periods?start_date=2024-02-01&end_date=2024-01-01',
      '/periods?start_date=%ZZ',
      '/periods/abc/actions',
      '/periods/9007199254740993/actions',
      '/periods/1/actions?form_fields=%5B1%5D',
    ])('answers 401 to an anonymous GET %s', async (path) => {
      const { response, body } = await getJson(path);

      expectUnauthorized(response, body, MISSING);
    });

    it('answers 401 to an unknown key with invalid parameters', async () => {
      const path = '/periods?start_date=2024-02-30';
      const { response, body } = await getJson(path, { key: unknownKey() });

      expectUnauthorized(response, body, REJECTED);
    });
  });

  it('answers a period of another team exactly like a missing one', async () => {
    const team = await createTeam();
    const otherTeam = await createTeam();
    const othersPeriod = await createPeriod(otherTeam, { start: '2024-01-01', end: '2024-01-31' });

    const foreign = await getJson(`/periods/${othersPeriod.id}/actions`, { key: team.key });
    const missing = await getJson(`/periods/${freshId()}/actions`, { key: team.key });

    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual({ message: 'Period not found' });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual(foreign.body);
  });

  describe.each([
    ['/health', /^application\/json/],
    ['/openapi.json', /^application\/json/],
    ['/docs', /^text\/html/],
  ])('GET %s', (path, contentType) => {
    it('needs no key and reads no data', async () => {
      const { response, statements } = await call(path);

      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toMatch(contentType);
      expect(statements).toBe(0);
    });
  });

  describe('key cache', () => {
    it('runs one statement to resolve a key it has not seen', async () => {
      const team = await createTeam();

      const { response, statements } = await call('/periods?start_date=x', { key: team.key });

      expect(response.status).toBe(400);
      expect(statements).toBe(1);
    });

    it('runs one statement per request when caching is off', async () => {
      const team = await createTeam();
      const options = { key: team.key, env: { API_KEY_CACHE_SECONDS: '0' } };
      await call('/periods?start_date=x', options);

      const { response, statements } = await call('/periods?start_date=x', options);

      expect(response.status).toBe(400);
      expect(statements).toBe(1);
    });

    it('resolves a known key with no statement', async () => {
      const team = await createTeam();
      await call('/periods?start_date=x', { key: team.key });

      const { response, statements } = await call('/periods?start_date=x', { key: team.key });

      expect(response.status).toBe(400);
      expect(statements).toBe(0);
    });

    it('sees a revocation at once when caching is off', async () => {
      const team = await createTeam();
      const options = { key: team.key, env: { API_KEY_CACHE_SECONDS: '0' } };
      expect((await call('/periods', options)).response.status).toBe(200);

      await revokeApiKey(team.key);
      const { response, body } = await getJson('/periods', options);

      expectUnauthorized(response, body, REJECTED);
    });

    it('keeps serving a revoked key from the cache within its time to live', async () => {
      const team = await createTeam();
      const options = { key: team.key, env: { API_KEY_CACHE_SECONDS: '30' } };
      expect((await call('/periods', options)).response.status).toBe(200);

      await revokeApiKey(team.key);
      const { response, statements } = await call('/periods', options);

      expect(response.status).toBe(200);
      expect(response.headers.get('X-Cache')).toBe('HIT');
      expect(statements).toBe(0);
    });

    it('stops accepting a revoked key once its time to live has passed', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const team = await createTeam();
      const options = { key: team.key, env: { API_KEY_CACHE_SECONDS: '30' } };
      expect((await call('/periods', options)).response.status).toBe(200);
      await revokeApiKey(team.key);

      vi.advanceTimersByTime(29_000);
      const withinTtl = await call('/periods', options);
      vi.advanceTimersByTime(1_000);
      const afterTtl = await getJson('/periods', options);

      expect(withinTtl.response.status).toBe(200);
      expectUnauthorized(afterTtl.response, afterTtl.body, REJECTED);
    });

    it.each(['', 'abc', '-5'])(
      'does not keep a key forever when API_KEY_CACHE_SECONDS is %j',
      async (seconds) => {
        vi.useFakeTimers({ toFake: ['Date'] });
        const team = await createTeam();
        const options = { key: team.key, env: { API_KEY_CACHE_SECONDS: seconds } };
        expect((await call('/periods', options)).response.status).toBe(200);
        await revokeApiKey(team.key);

        vi.advanceTimersByTime(24 * 60 * 60 * 1000);
        const { response, body } = await getJson('/periods', options);

        expectUnauthorized(response, body, REJECTED);
      },
    );
  });
});
