import createClient from 'openapi-fetch';
import type { paths } from '../src/generated/openapi';

export function createPeriodsClient(baseUrl: string, apiKey: string) {
  return createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${apiKey}` } });
}

export async function printAugustActions(client: ReturnType<typeof createPeriodsClient>) {
  const { data: list, error } = await client.GET('/periods', {
    params: { query: { start_date: '2024-08-01', end_date: '2024-08-31T23:59:59.999Z' } },
  });
  if (error) throw new Error(error.message);

  for (const period of list.periods) {
    const { data } = await client.GET('/periods/{period_id}/actions', {
      params: {
        path: { period_id: String(period.id) },
        query: { form_fields: ['Priority', 'Region'] },
      },
    });
    for (const action of data?.actions ?? []) {
      console.log(period.name, action.actionId, action.status, action.formFields, action.notes);
    }
  }
}
