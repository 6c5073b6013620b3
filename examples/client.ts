import createClient from 'openapi-fetch';
import type { paths } from '../src/generated/openapi';

const { PERIODS_API_URL = 'http://localhost:8787', PERIODS_API_KEY } = process.env;

const client = createClient<paths>({
  baseUrl: PERIODS_API_URL,
  headers: { Authorization: `Bearer ${PERIODS_API_KEY}` },
});

const { data, error } = await client.GET('/periods', {
  params: { query: { start_date: '2024-08-01', end_date: '2024-08-31T23:59:59.999Z' } },
});
if (error) throw new Error(error.message);

for (const period of data.periods) {
  const { data: page } = await client.GET('/periods/{period_id}/actions', {
    params: { path: { period_id: String(period.id) }, query: { form_fields: ['Priority'] } },
  });
  for (const action of page?.actions ?? []) {
    console.log(period.name, action.actionId, action.status, action.formFields);
  }
}
