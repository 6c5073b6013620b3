/*
 * The examples of the public documentation, written out independently of the
 * code, as the API must answer them. Tests compare the document and the demo
 * data against these.
 */

export const REFERENCE_PERIOD = {
  id: 1,
  name: 'Example Period',
  start_date: '2024-07-18T18:30:00.000Z',
  end_date: '2024-07-18T20:30:00.000Z',
  created_at: '2024-07-18T19:26:16.624Z',
  updated_at: '2024-07-26T06:02:03.257Z',
  markers: [{ name: 'Example Period Marker', timestamp: '2024-07-18T18:40:00.000Z' }],
};

export const REFERENCE_ACTION = {
  periodId: 1234,
  periodName: '24-08',
  periodActionId: 3,
  actionId: 91011,
  classification: 'Example Classification',
  subClassification: 'Example Sub-Classification',
  status: 'canceled' as const,
  createdTime: '2024-08-02T12:23:05.471Z',
  assignedTime: '2024-08-02T14:00:00.000Z',
  doingTime: '2024-08-03T09:00:00.000Z',
  closedTime: '2024-08-04T16:00:00.000Z',
  createdByUserName: 'Example User',
  periodMarker: 'Example Period Marker',
  assignedUserNames: ['Example User 1', 'Example User 2'],
  channel: 'Example Channel',
  formType: 'Example Type',
  latestChannel: 'Latest Routed Channel',
  aiDispatched: false,
};
