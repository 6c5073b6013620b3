import { z } from 'zod';
import { INSTANT_INPUT_FORMS, parseInstant } from '../dates';
import { ACTION_STATUSES } from '../db/schema';
import { characterCount, MAX_FORM_FIELD_NAME_LENGTH } from '../form-field-names';

/*
 * The shape of an import file. Dates become milliseconds, omitted optional
 * values become null, [] or {}, and unknown keys are rejected so that a
 * misspelt field is reported instead of silently ignored.
 */

const MAX_TEXT_LENGTH = 1_000;

/** Keeps every row well inside D1's statement and row size limits. */
const MAX_FORM_FIELD_VALUE_LENGTH = 20_000;

/** Tells a missing value from one of the wrong type. */
const expected = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is required' : `must be ${what}`;

const id = z
  .int({ error: expected('a positive integer') })
  .positive('must be a positive integer')
  .max(Number.MAX_SAFE_INTEGER, 'must be at most 9007199254740991');

/** A team, period or marker name; `keys:create` holds team names to the same rule. */
export const nameSchema = z
  .string({ error: expected('a string') })
  .refine((value) => value.trim() !== '', 'must not be empty')
  .refine(
    (value) => value.length <= MAX_TEXT_LENGTH,
    `must be at most ${MAX_TEXT_LENGTH} characters`,
  );

const optionalText = z
  .string({ error: expected('a string or null') })
  .max(MAX_TEXT_LENGTH, `must be at most ${MAX_TEXT_LENGTH} characters`)
  .nullable()
  .default(null);

const instant = z.string({ error: expected('a date string') }).transform((value, ctx) => {
  const ms = parseInstant(value);
  if (ms === undefined) {
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: `must be a date: ${INSTANT_INPUT_FORMS}`,
    });
  }
  return ms ?? Number.NaN;
});

const optionalInstant = instant.nullable().default(null);

const formFieldName = z
  .string()
  .min(1, 'form field names must not be empty')
  .refine((value) => characterCount(value) <= MAX_FORM_FIELD_NAME_LENGTH, {
    error: `form field names must be at most ${MAX_FORM_FIELD_NAME_LENGTH} characters`,
  });

const jsonValue = z.json();

const formFieldValue = z.unknown().superRefine((value, ctx) => {
  const valid = jsonValue.safeParse(value).success;
  if (valid && JSON.stringify(value).length <= MAX_FORM_FIELD_VALUE_LENGTH) return;
  const message = valid
    ? `must be at most ${MAX_FORM_FIELD_VALUE_LENGTH} characters as JSON`
    : 'must be a JSON value';
  ctx.addIssue({ code: 'custom', input: value, message });
});

/*
 * Zod drops a `__proto__` key from a record without a word, which would lose
 * that field; it is refused by name instead.
 */
const formFields = z.preprocess(
  (value, ctx) => {
    if (typeof value === 'object' && value !== null && Object.hasOwn(value, '__proto__')) {
      const message = 'a form field cannot be named __proto__';
      ctx.issues.push({ code: 'custom', input: value, path: ['__proto__'], message });
    }
    return value;
  },
  z.record(formFieldName, formFieldValue, { error: expected('an object') }),
);

const markerSchema = z.strictObject({
  name: nameSchema,
  timestamp: instant,
});

const actionSchema = z.strictObject({
  periodActionId: id.optional(),
  actionId: id,
  classification: optionalText,
  subClassification: optionalText,
  status: z.enum(ACTION_STATUSES, { error: expected(`one of ${ACTION_STATUSES.join(', ')}`) }),
  createdTime: optionalInstant,
  assignedTime: optionalInstant,
  doingTime: optionalInstant,
  closedTime: optionalInstant,
  createdByUserName: optionalText,
  periodMarker: optionalText,
  assignedUserNames: z.array(nameSchema, { error: expected('an array of names') }).default([]),
  channel: optionalText,
  formType: optionalText,
  latestChannel: optionalText,
  aiDispatched: z.boolean({ error: expected('true or false') }).default(false),
  formFields: formFields.default({}),
});

const periodSchema = z.strictObject({
  id: id.optional(),
  name: nameSchema,
  start_date: instant,
  end_date: instant,
  created_at: instant.optional(),
  updated_at: instant.optional(),
  markers: z.array(markerSchema, { error: expected('an array') }).default([]),
  actions: z.array(actionSchema, { error: expected('an array') }).default([]),
});

export const importFileSchema = z.strictObject(
  {
    team: nameSchema,
    periods: z.array(periodSchema, { error: expected('an array of periods') }),
  },
  'must be an object with "team" and "periods"',
);

/** An import file as written, before defaults and date parsing. */
export type ImportFileInput = z.input<typeof importFileSchema>;
export type ImportFile = z.output<typeof importFileSchema>;
export type ImportPeriod = ImportFile['periods'][number];
export type ImportAction = ImportPeriod['actions'][number];
