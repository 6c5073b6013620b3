import { formatInstant } from '../src/dates';
import type { ImportFileInput } from '../src/import/import-file';
import { ACTION_EXAMPLE, PERIOD_EXAMPLE } from '../src/openapi/reference-examples';

/*
 * The local demo data set: the documentation's own examples in team Acme,
 * plus two years of generated weekly and monthly periods for Acme and Globex.
 * A seeded generator makes every run produce the same file.
 */

type PeriodInput = ImportFileInput['periods'][number];
type ActionInput = NonNullable<PeriodInput['actions']>[number];
type Status = ActionInput['status'];

/** Fixed keys for the local database only; `npm run dev` never writes them anywhere else. */
export const DEMO_API_KEYS = [
  { team: 'Acme', key: 'pak_demoAcmeLocalOnlyKey00000000000000000000' },
  { team: 'Globex', key: 'pak_demoGlobexLocalOnlyKey000000000000000000' },
] as const;

const DAY = 86_400_000;
const FIRST_MONDAY = Date.UTC(2024, 0, 1);
const WEEKS = 104;

/** mulberry32: small, fast and good enough for demo data. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (probability: number) => next() < probability,
  };
}

type Random = ReturnType<typeof seededRandom>;

interface TeamProfile {
  team: string;
  seed: number;
  firstActionId: number;
  people: readonly string[];
  regions: readonly string[];
  classifications: Record<string, readonly string[]>;
}

const ACME: TeamProfile = {
  team: 'Acme',
  seed: 1234,
  firstActionId: 100_001,
  people: ['Dana Smith', 'Lee Park', 'Ana Ruiz', 'Sam Okafor', 'Mia Chen', 'Noah Berg'],
  regions: ['North', 'South', 'East', 'West'],
  classifications: {
    Support: ['Billing', 'Login', 'Outage', 'How-to'],
    Sales: ['Quote', 'Renewal', 'Upgrade'],
    Facilities: ['Access', 'Repair'],
  },
};

const GLOBEX: TeamProfile = {
  team: 'Globex',
  seed: 5678,
  firstActionId: 200_001,
  people: ['Hank Scorpio', 'Frank Grimes', 'Lindsey Naegle', 'Karl Hess', 'Ines Duarte'],
  regions: ['EMEA', 'APAC', 'AMER'],
  classifications: {
    Operations: ['Shipping', 'Inventory', 'Returns'],
    IT: ['Hardware', 'Software', 'Network'],
    HR: ['Onboarding', 'Leave'],
  },
};

const CHANNELS = ['Email', 'Phone', 'Chat', 'Web Form', 'SMS'];
const FORM_TYPES = ['Request', 'Incident', 'Question', 'Complaint'];
const PRIORITIES = ['Low', 'Medium', 'High', 'Urgent'];
const STATUSES: readonly Status[] = [
  'created',
  'assigned',
  'doing',
  'closed',
  'closed',
  'canceled',
];

const monthName = (ms: number) => formatInstant(ms).slice(2, 7);

/** The documented `GET /periods` example, exactly. */
const EXAMPLE_PERIOD: PeriodInput = PERIOD_EXAMPLE;

/** The documented `GET /periods/1234/actions` example, exactly, with two form fields. */
const { periodId: _, periodName: __, ...documentedAction } = ACTION_EXAMPLE;
const EXAMPLE_ACTION: ActionInput = {
  ...documentedAction,
  formFields: { Priority: 'High', Region: 'North' },
};

function actionTimes(random: Random, status: Status, created: number) {
  const stages = { created: 0, assigned: 1, doing: 2, closed: 3, canceled: random.int(0, 2) };
  const reached = stages[status];
  const assigned = created + random.int(10, 240) * 60_000;
  const doing = assigned + random.int(30, 1_440) * 60_000;
  const closed = (reached >= 2 ? doing : assigned) + random.int(60, 2_880) * 60_000;
  return {
    createdTime: formatInstant(created),
    assignedTime: reached >= 1 ? formatInstant(assigned) : null,
    doingTime: reached >= 2 ? formatInstant(doing) : null,
    closedTime: status === 'closed' || status === 'canceled' ? formatInstant(closed) : null,
  };
}

function formFields(random: Random, profile: TeamProfile) {
  return {
    Priority: random.pick(PRIORITIES),
    Region: random.pick(profile.regions),
    ...(random.chance(0.4) && { Seats: random.int(1, 250) }),
    ...(random.chance(0.3) && { Tags: [random.pick(['vip', 'renewal', 'escalated', 'new'])] }),
    ...(random.chance(0.2) && { Customer: { tier: random.pick(['gold', 'silver', 'bronze']) } }),
  };
}

function generatedAction(random: Random, profile: TeamProfile, actionId: number, created: number) {
  const status = random.pick(STATUSES);
  const classification = random.pick(Object.keys(profile.classifications));
  const channel = random.pick(CHANNELS);
  const assignees = status === 'created' ? 0 : random.int(1, 3);
  return {
    actionId,
    classification,
    subClassification: random.pick(profile.classifications[classification] ?? []),
    status,
    ...actionTimes(random, status, created),
    createdByUserName: random.pick(profile.people),
    assignedUserNames: [
      ...new Set(Array.from({ length: assignees }, () => random.pick(profile.people))),
    ],
    channel,
    formType: random.pick(FORM_TYPES),
    latestChannel: random.chance(0.3) ? random.pick(CHANNELS) : channel,
    aiDispatched: random.chance(0.2),
    formFields: formFields(random, profile),
  } satisfies ActionInput;
}

function monthlyPeriods(): Map<string, PeriodInput> {
  const months = new Map<string, PeriodInput>();
  for (let month = 0; month < 24; month += 1) {
    const start = Date.UTC(2024, month, 1);
    const end = Date.UTC(2024, month + 1, 1) - 1;
    months.set(monthName(start), {
      name: monthName(start),
      start_date: formatInstant(start),
      end_date: formatInstant(end),
      created_at: formatInstant(start - 7 * DAY),
      updated_at: formatInstant(end + DAY),
      markers: [
        { name: 'Month start', timestamp: formatInstant(start + 9 * 3_600_000) },
        { name: 'Mid-month review', timestamp: formatInstant(start + 14 * DAY + 14 * 3_600_000) },
      ],
      actions: [],
    });
  }
  return months;
}

function weeklyPeriod(random: Random, profile: TeamProfile, week: number, nextId: () => number) {
  const start = FIRST_MONDAY + week * 7 * DAY;
  const actions = Array.from({ length: random.int(10, 24) }, (_, index) => {
    const created = start + random.int(0, 7 * DAY - 1);
    const marker = random.chance(0.5) ? random.pick(['Kick-off', 'Review']) : null;
    const action = generatedAction(random, profile, nextId(), created);
    return { ...action, periodActionId: index + 1, periodMarker: marker };
  });
  return {
    name: `Week of ${formatInstant(start).slice(0, 10)}`,
    start_date: formatInstant(start),
    end_date: formatInstant(start + 7 * DAY - 1),
    created_at: formatInstant(start - 3 * DAY),
    updated_at: formatInstant(start + 8 * DAY),
    markers: [
      { name: 'Kick-off', timestamp: formatInstant(start + 9 * 3_600_000) },
      { name: 'Review', timestamp: formatInstant(start + 4 * DAY + 15 * 3_600_000) },
    ],
    actions,
  } satisfies PeriodInput;
}

/** Every weekly action also belongs to the month it was created in, numbered there in turn. */
function generatedPeriods(profile: TeamProfile): PeriodInput[] {
  const random = seededRandom(profile.seed);
  let actionId = profile.firstActionId;
  const months = monthlyPeriods();
  const weeks = Array.from({ length: WEEKS }, (_, week) =>
    weeklyPeriod(random, profile, week, () => actionId++),
  );
  for (const action of weeks.flatMap((week) => week.actions)) {
    const month = months.get(action.createdTime.slice(2, 7));
    const marker = random.chance(0.3) ? 'Month start' : null;
    month?.actions?.push({ ...action, periodActionId: undefined, periodMarker: marker });
  }
  return [...months.values(), ...weeks];
}

function acmePeriods(): PeriodInput[] {
  const periods = generatedPeriods(ACME);
  const august = periods.find((period) => period.name === '24-08');
  if (august) {
    august.id = 1234;
    august.markers = [
      ...(august.markers ?? []),
      { name: 'Example Period Marker', timestamp: '2024-08-01T09:00:00.000Z' },
    ];
    august.actions = [EXAMPLE_ACTION, ...(august.actions ?? [])];
  }
  return [EXAMPLE_PERIOD, ...periods];
}

export function demoImportFiles(): ImportFileInput[] {
  return [
    { team: ACME.team, periods: acmePeriods() },
    { team: GLOBEX.team, periods: generatedPeriods(GLOBEX) },
  ];
}
