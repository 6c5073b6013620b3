import type { ImportFileInput } from '../../src/import/import-file';
import { freshId } from './seed';

/*
 * Import documents for tests, shaped like the documentation's example. Each
 * call uses fresh team names and ids, so tests never share rows.
 */

type PeriodInput = ImportFileInput['periods'][number];
type ActionInput = NonNullable<PeriodInput['actions']>[number];

export const freshTeamName = () => `Import team ${freshId()}`;

export function exampleAction(overrides: Partial<ActionInput> = {}): ActionInput {
  return {
    actionId: freshId(),
    classification: 'Support',
    subClassification: 'Billing',
    status: 'closed',
    createdTime: '2024-08-02T12:23:05.471Z',
    assignedTime: '2024-08-02T14:00:00.000Z',
    doingTime: null,
    closedTime: '2024-08-04T16:00:00.000Z',
    createdByUserName: 'Dana Smith',
    periodMarker: 'Kick-off',
    assignedUserNames: ['Lee Park', 'Ana Ruiz'],
    channel: 'Email',
    formType: 'Request',
    latestChannel: 'Phone',
    aiDispatched: false,
    formFields: { Priority: 'High', Seats: 4 },
    ...overrides,
  };
}

export function examplePeriod(overrides: Partial<PeriodInput> = {}): PeriodInput {
  return {
    id: freshId(),
    name: `Period ${freshId()}`,
    start_date: '2024-08-01T00:00:00.000Z',
    end_date: '2024-08-31T23:59:59.999Z',
    markers: [{ name: 'Kick-off', timestamp: '2024-08-01T09:00:00.000Z' }],
    actions: [exampleAction()],
    ...overrides,
  };
}

export const importFile = (team: string, periods: PeriodInput[]): ImportFileInput => ({
  team,
  periods,
});
