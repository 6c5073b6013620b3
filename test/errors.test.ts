import { afterEach, describe, expect, it, vi } from 'vitest';
import { hashApiKey } from '../src/api-keys';
import { call, getJson } from './support/client';
import { NOT_FOUND } from './support/contract-bodies';
import { failingDatabase } from './support/failing-database';
import { actionsPath, warmKey } from './support/period-actions';
import { createPeriod, createTeam } from './support/seed';

const INTERNAL_ERROR = { message: 'Internal server error' };
const UNAVAILABLE = {
  message: 'The database is temporarily unavailable. Retry after a few seconds.',
};

const SQL_FAULT = 'D1_ERROR: no such column: secret_note at offset 7: SQLITE_ERROR';

async function expectJsonError(response: Response, status: number, body: unknown) {
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
  expect(await response.clone().json()).toStrictEqual(body);
}

/** A team with one period, and the path of that period's actions. */
async function teamWithPeriod() {
  const team = await createTeam();
  const period = await createPeriod(team, { start: '2024-08-01', end: '2024-08-31' });
  return { team, path: actionsPath(period.id, 'form_fields=Priority') };
}

const errorLog = () => vi.spyOn(console, 'error').mockImplementation(() => {});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('unknown paths', () => {
  it.each([
    ['a path the API does not have', '/nothing-here'],
    ['a trailing slash', '/health/'],
    ['a segment after the actions', '/periods/1/actions/extra'],
  ])('answer %s with 404 Not found', async (_case, path) => {
    const team = await createTeam();

    const { response } = await call(path, { key: team.key });

    await expectJsonError(response, 404, NOT_FOUND);
  });

  it('answer a method the API does not serve with 404 Not found', async () => {
    const { response } = await call('/health', { method: 'POST' });

    await expectJsonError(response, 404, NOT_FOUND);
  });
});

describe('unexpected failures', () => {
  it('answer 500 with a generic message when the key lookup fails', async () => {
    errorLog();
    const team = await createTeam();
    const DB = failingDatabase(new Error(SQL_FAULT));

    const { response } = await call('/periods', { key: team.key, env: { DB } });

    await expectJsonError(response, 500, INTERNAL_ERROR);
  });

  it('answer 500 without the SQL or a stack when the actions query fails', async () => {
    errorLog();
    const { team, path } = await teamWithPeriod();
    await warmKey(team.key);
    const DB = failingDatabase(new Error(`${SQL_FAULT}\n    at select "secret_note"`));

    const { response } = await call(path, { key: team.key, env: { DB } });

    await expectJsonError(response, 500, INTERNAL_ERROR);
    const text = await response.text();
    expect(text).not.toMatch(/secret_note|SQLITE|select|\bat\b/i);
  });

  it('are logged as one JSON line with the cause and its stack', async () => {
    const log = errorLog();
    const { team, path } = await teamWithPeriod();
    await warmKey(team.key);

    const { response } = await call(path, {
      key: team.key,
      env: { DB: failingDatabase(new Error(SQL_FAULT)) },
    });

    expect(response.status).toBe(500);
    expect(log).toHaveBeenCalledTimes(1);
    const line = JSON.parse(String(log.mock.calls[0]?.[0]));
    expect(line).toMatchObject({
      level: 'error',
      message: SQL_FAULT,
      request_id: response.headers.get('X-Request-Id'),
    });
    expect(line.stack).toContain(SQL_FAULT);
  });

  it('are logged with the SQL of the failed query but without its bound values', async () => {
    const log = errorLog();
    const team = await createTeam();

    await call('/periods', { key: team.key, env: { DB: failingDatabase(new Error(SQL_FAULT)) } });

    expect(log).toHaveBeenCalledTimes(1);
    const logged = String(log.mock.calls[0]?.[0]);
    expect(JSON.parse(logged)).toMatchObject({
      level: 'error',
      message: SQL_FAULT,
      query: expect.stringContaining('from "api_keys"'),
    });
    expect(logged).not.toContain(await hashApiKey(team.key));
    expect(logged).not.toContain(team.key);
  });
});

describe('an unreachable or overloaded database', () => {
  it.each([
    'D1_ERROR: Network connection lost.',
    'D1 DB is overloaded. Too many requests queued.',
    'D1_ERROR: D1 DB storage operation exceeded timeout which caused object to be reset.',
    'D1_ERROR: Internal error while starting up D1 DB storage caused object to be reset.',
    'D1_ERROR: Failed to get session commit token: internal error',
    'D1_ERROR: database is locked: SQLITE_BUSY',
  ])('answers 503 with Retry-After for "%s"', async (message) => {
    errorLog();
    const { team, path } = await teamWithPeriod();
    await warmKey(team.key);

    const { response } = await call(path, {
      key: team.key,
      env: { DB: failingDatabase(new Error(message)) },
    });

    await expectJsonError(response, 503, UNAVAILABLE);
    expect(Number(response.headers.get('Retry-After'))).toBeGreaterThan(0);
  });

  it('answers 503 when the key lookup cannot reach it', async () => {
    errorLog();
    const team = await createTeam();
    const DB = failingDatabase(new Error('D1_ERROR: Network connection lost.'));

    const { response } = await call('/periods', { key: team.key, env: { DB } });

    await expectJsonError(response, 503, UNAVAILABLE);
    expect(Number(response.headers.get('Retry-After'))).toBeGreaterThan(0);
  });
});

describe('error bodies', () => {
  it.each([
    ['a missing key', '/periods', undefined, 401],
    ['an invalid period_id', '/periods/abc/actions', 'key', 400],
    ['invalid form_fields', '/periods/1/actions?form_fields=', 'key', 400],
    ['an unknown period', '/periods/1/actions', 'key', 404],
    ['an invalid date', '/periods?end_date=x', 'key', 400],
    ['an unknown path', '/nothing-here', undefined, 404],
  ])('are {"message"} JSON for %s', async (_case, path, withKey, status) => {
    const team = await createTeam();

    const { response, body } = await getJson(path, {
      key: withKey === undefined ? undefined : team.key,
    });

    expect(response.status).toBe(status);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(body).toStrictEqual({ message: expect.any(String) });
  });
});

describe('GET /health', () => {
  it('answers without a key and without any D1 statement', async () => {
    const { status, body, statements } = await getJson('/health');

    expect(status).toBe(200);
    expect(body).toStrictEqual({ status: 'ok' });
    expect(statements).toBe(0);
  });

  it('answers while the database is unreachable', async () => {
    const DB = failingDatabase(new Error('D1_ERROR: Network connection lost.'));

    const { status, body } = await getJson('/health', { env: { DB } });

    expect(status).toBe(200);
    expect(body).toStrictEqual({ status: 'ok' });
  });
});
