import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { getJson } from './support/client';
import {
  addActions,
  createPeriod,
  createTeam,
  type TestPeriod,
  type TestTeam,
} from './support/seed';

/*
 * Generated requests, each sent through getJson() and so checked against the
 * OpenAPI document: whatever the query, path or key, the Worker answers a
 * documented status with a documented body and never a 5xx.
 */

/** Generated requests per property: 1,000 per GET endpoint, and 400 more probing the key. */
const RUNS = {
  periodRanges: 500,
  periodQueries: 500,
  actionFormFields: 300,
  actionRequests: 700,
  authorization: 400,
};

interface PeriodList {
  periods: { id: number }[];
}

interface Answer {
  message?: string;
  actions?: { formFields?: Record<string, unknown>; notes?: string[] }[];
}

// Hundreds of requests per test outlast Vitest's 5 s default on a busy two-core machine.
const PROPERTY_TIMEOUT_MS = 60_000;

let team: TestTeam;
let period: TestPeriod;
const PERIOD_START = Date.parse('2024-08-01T00:00:00.000Z');
const PERIOD_END = Date.parse('2024-08-31T23:59:59.999Z');
const FIELDS = ['Priority', 'Region', 'Seats'];

beforeAll(async () => {
  team = await createTeam();
  period = await createPeriod(team, {
    start: '2024-08-01T00:00:00.000Z',
    end: '2024-08-31T23:59:59.999Z',
    markers: [{ name: 'Kick-off', timestamp: '2024-08-01T09:00:00.000Z' }],
  });
  await addActions(team, period, [
    { formFields: { Priority: 'High', Seats: 4 }, periodMarker: 'Kick-off' },
    { status: 'assigned', assignedUserNames: ['Lee Park'], formFields: { Region: null } },
    { status: 'closed', closedTime: '2024-08-04T16:00:00.000Z' },
  ]);
});

const anyText = (unit: 'grapheme' | 'binary' | 'grapheme-ascii', maxLength: number) =>
  fc.string({ unit, maxLength, size: 'max' });

const BROKEN_ESCAPES = ['%', '%G', '%2', '%ZZ', '%E0%A4', '%C3%28', '%FF', '%00', '%%', '%u0041'];

/** Text as a careless client might put it in a URL: encoded, raw, broken or huge. */
const oddText = fc.oneof(
  anyText('grapheme', 40).map(encodeURIComponent),
  anyText('binary', 40),
  fc
    .tuple(
      anyText('grapheme-ascii', 8),
      fc.constantFrom(...BROKEN_ESCAPES),
      anyText('grapheme-ascii', 8),
    )
    .map((parts) => parts.join('')),
  fc.integer({ min: 1_000, max: 16_000 }).map((length) => '9'.repeat(length)),
);

interface Bound {
  text: string;
  ms: number;
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** An instant from year 0000 to 9999 in one of the accepted spellings, with its meaning. */
const bound: fc.Arbitrary<Bound> = fc
  .tuple(
    fc.date({
      min: new Date('0000-01-02T00:00:00Z'),
      max: new Date('9999-12-30T00:00:00Z'),
      noInvalidDate: true,
    }),
    fc.constantFrom('instant', 'date', 'seconds', 'fraction', 'offset'),
    fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }),
    fc.stringMatching(/^\d{1,9}$/),
  )
  .map(([date, form, offset, fraction]) => {
    const iso = date.toISOString();
    const seconds = Math.floor(date.getTime() / 1000) * 1000;
    switch (form) {
      case 'date':
        return { text: iso.slice(0, 10), ms: Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) };
      case 'seconds':
        return { text: iso.slice(0, 19), ms: seconds };
      case 'fraction':
        return {
          text: `${iso.slice(0, 19)}.${fraction}`,
          ms: seconds + Number(fraction.padEnd(3, '0').slice(0, 3)),
        };
      case 'offset': {
        const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 23);
        const sign = offset < 0 ? '-' : '+';
        const minutes = Math.abs(offset);
        const zone = `${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
        return { text: `${local}${zone}`, ms: date.getTime() };
      }
      default:
        return { text: iso, ms: date.getTime() };
    }
  });

/** A bound spelled raw or encoded; a raw + would reach the Worker as a space. */
const withSpelling = (value: Bound) =>
  fc
    .constantFrom(value.text.replace('+', '%2B'), encodeURIComponent(value.text))
    .map((spelled) => ({ ...value, spelled }));

describe('GET /periods with generated queries', () => {
  it(
    'answers a valid range with the overlapping periods, or 400 when it is inverted',
    async () => {
      const range = fc.record(
        { start: bound.chain(withSpelling), end: bound.chain(withSpelling) },
        { requiredKeys: [] },
      );

      await fc.assert(
        fc.asyncProperty(range, async ({ start, end }) => {
          const query = [
            start && `start_date=${start.spelled}`,
            end && `end_date=${end.spelled}`,
          ].filter(Boolean);
          const { status, body } = await getJson<PeriodList>(`/periods?${query.join('&')}`, {
            key: team.key,
          });

          const inverted = start !== undefined && end !== undefined && start.ms > end.ms;
          expect(status).toBe(inverted ? 400 : 200);
          if (inverted) return;

          const overlaps =
            (start === undefined || PERIOD_END >= start.ms) &&
            (end === undefined || PERIOD_START <= end.ms);
          expect(body.periods.map(({ id }) => id)).toEqual(overlaps ? [period.id] : []);
        }),
        { numRuns: RUNS.periodRanges },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'answers any other query string with 200 or a 400 message',
    async () => {
      const key = fc.oneof(
        fc.constantFrom('start_date', 'end_date', 'start_date[]', 'START_DATE', 'form_fields', ''),
        oddText,
      );
      const value = fc.oneof(
        oddText,
        bound.map(({ text }) => text),
        fc.constant(''),
      );
      const query = fc
        .array(fc.tuple(key, value), { maxLength: 5, size: 'max' })
        .map((pairs) => pairs.map(([name, text]) => `${name}=${text}`).join('&'));

      await fc.assert(
        fc.asyncProperty(query, async (search) => {
          const { status, body } = await getJson<Answer>(`/periods?${search}`, { key: team.key });

          expect([200, 400]).toContain(status);
          if (status !== 400) return;
          expect(body).toEqual({ message: expect.stringMatching(/^Invalid /) });
        }),
        { numRuns: RUNS.periodQueries },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

/** The same list of names in each accepted spelling of form_fields. */
const spellings = (names: string[]) => [
  `form_fields=${encodeURIComponent(JSON.stringify(names))}`,
  names.map((name) => `form_fields=${encodeURIComponent(name)}`).join('&'),
  names.map((name) => `form_fields[]=${encodeURIComponent(name)}`).join('&'),
  names.map((name) => `form_fields%5B%5D=${encodeURIComponent(name)}`).join('&'),
];

describe('GET /periods/{period_id}/actions with generated requests', () => {
  it(
    'answers every spelling of known form fields with them and notes for the rest',
    async () => {
      const names = fc.shuffledSubarray([...FIELDS, 'Missing'], { minLength: 1 });
      const request = names.chain((list) =>
        fc.constantFrom(...spellings(list)).map((query) => ({ list, query })),
      );

      await fc.assert(
        fc.asyncProperty(request, async ({ list, query }) => {
          const path = `/periods/${period.id}/actions?${query}`;
          const { status, body } = await getJson<Answer>(path, { key: team.key });

          expect(status).toBe(200);
          expect(body.actions).toHaveLength(3);
          for (const { formFields = {}, notes = [] } of body.actions ?? []) {
            expect(Object.keys(formFields).length + notes.length).toBe(list.length);
          }
        }),
        { numRuns: RUNS.actionFormFields },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'answers any period_id and form_fields with 200, 400 or 404, never a 5xx',
    async () => {
      const segment = fc.oneof(
        fc.constant(String(period.id)),
        fc.bigInt({ min: 0n, max: 10n ** 25n }).map(String),
        fc.constantFrom('abc', '1.5', '-1', '1e3', '0x10', ' 7', '%207', '+7', '', '%31', '..'),
        oddText,
      );
      const name = fc.oneof(
        fc.constantFrom(...FIELDS),
        anyText('grapheme', 30),
        fc.constant('x'.repeat(201)),
      );
      const formFields = fc.oneof(
        fc.constant(''),
        fc
          .array(name, { maxLength: 105, size: 'max' })
          .chain((list) => fc.constantFrom(...spellings(list))),
        fc.json({ maxDepth: 2 }).map((json) => `form_fields=${encodeURIComponent(json)}`),
        oddText.map((junk) => `form_fields=${junk}`),
      );

      await fc.assert(
        fc.asyncProperty(segment, formFields, async (id, query) => {
          const { status, body } = await getJson<Answer>(`/periods/${id}/actions?${query}`, {
            key: team.key,
          });

          expect([200, 400, 404]).toContain(status);
          if (status !== 200) expect(body.message).toEqual(expect.any(String));
        }),
        { numRuns: RUNS.actionRequests },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe('generated Authorization headers', () => {
  const printable = fc.string({
    unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
    maxLength: 80,
    size: 'max',
  });
  const base62 = fc.stringMatching(/^[0-9A-Za-z]{40}$/);

  it(
    'lets only the real key through, before any parameter is read',
    async () => {
      const header = fc.oneof(
        fc.constant({ value: undefined, valid: false }),
        fc.constantFrom('Bearer', 'bearer').map((scheme) => ({
          value: `${scheme} ${team.key}`,
          valid: true,
        })),
        base62.map((secret) => ({ value: `Bearer pak_${secret}`, valid: false })),
        fc
          .constantFrom(
            `Bearer ${team.key}x`,
            `Bearer ${team.key.slice(0, -1)}`,
            `Bearer ${team.key.toUpperCase()}`,
            `Basic ${btoa(`user:${team.key}`)}`,
            `Token ${team.key}`,
            team.key,
          )
          .map((value) => ({ value, valid: false })),
        printable.map((value) => ({ value, valid: false })),
        printable.map((value) => ({ value: `Bearer ${value}`, valid: false })),
      );
      const path = fc.constantFrom(
        { path: '/periods', status: 200 },
        { path: '/periods?start_date=yesterday', status: 400 },
        { path: `/periods/${period.id}/actions`, status: 200 },
        { path: '/periods/abc/actions', status: 400 },
      );

      await fc.assert(
        fc.asyncProperty(header, path, async ({ value, valid }, target) => {
          const headers: Record<string, string> =
            value === undefined ? {} : { Authorization: value };
          const { status } = await getJson(target.path, { headers });

          expect(status).toBe(valid ? target.status : 401);
        }),
        { numRuns: RUNS.authorization },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
