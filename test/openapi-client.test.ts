import createClient from 'openapi-fetch';
import { beforeAll, describe, expect, it } from 'vitest';
import type { paths } from '../src/generated/openapi';
import { BASE_URL, call } from './support/client';
import {
  addActions,
  createPeriod,
  createTeam,
  type TestPeriod,
  type TestTeam,
} from './support/seed';

/** Sends the client's requests through call(), so they are checked against the document too. */
async function throughWorker(request: Request): Promise<Response> {
  const { pathname, search } = new URL(request.url);
  const headers = Object.fromEntries(request.headers);
  return (await call(`${pathname}${search}`, { headers })).response;
}

let team: TestTeam;
let period: TestPeriod;

const typedClient = () =>
  createClient<paths>({
    baseUrl: BASE_URL,
    headers: { Authorization: `Bearer ${team.key}` },
    fetch: throughWorker,
  });

beforeAll(async () => {
  team = await createTeam();
  period = await createPeriod(team, {
    start: '2024-08-01T00:00:00.000Z',
    end: '2024-08-31T23:59:59.999Z',
  });
  await addActions(team, period, [{ formFields: { Priority: 'High' } }]);
});

describe('a client typed from the generated OpenAPI types', () => {
  it('lists the periods of a range', async () => {
    const { data, response } = await typedClient().GET('/periods', {
      params: { query: { start_date: '2024-08-15' } },
    });

    expect(data?.periods.map(({ id }) => id)).toEqual([period.id]);
    expect(response.headers.get('X-Cache')).toBe('MISS');
  });

  it('sends a form_fields list in a spelling the Worker reads', async () => {
    const { data } = await typedClient().GET('/periods/{period_id}/actions', {
      params: {
        path: { period_id: String(period.id) },
        query: { form_fields: ['Priority', 'Region'] },
      },
    });

    expect(data?.actions).toEqual([
      expect.objectContaining({
        formFields: { Priority: 'High' },
        notes: ['Form field "Region" not found for this action.'],
      }),
    ]);
  });

  it('types an error answer as its message', async () => {
    const { error, response } = await typedClient().GET('/periods/{period_id}/actions', {
      params: { path: { period_id: 'abc' } },
    });

    expect(response.status).toBe(400);
    expect(error?.message).toBe('Invalid period_id. It must be a valid integer for your team.');
  });
});
