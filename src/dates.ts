/*
 * Instants cross the API as ISO 8601 strings and live in the database as
 * integer milliseconds. Input accepts a strict subset of ISO 8601 so that a
 * caller's mistake becomes a 400 instead of a silently different query.
 */

const INSTANT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})?)?$/;

export const INSTANT_INPUT_FORMS =
  'YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS[.fraction][Z|+HH:MM|-HH:MM], e.g. 2024-01-01T01:01:00.000Z';

const EARLIEST_INSTANT = Date.parse('0000-01-01T00:00:00.000Z');
const LATEST_INSTANT = Date.parse('9999-12-31T23:59:59.999Z');

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function offsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === 'Z') return 0;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  if (hours > 23 || minutes > 59) return undefined;
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (hours * 60 + minutes);
}

/** Milliseconds since the epoch for an accepted input form, or undefined. */
export function parseInstant(input: string): number | undefined {
  const match = INSTANT_PATTERN.exec(input);
  if (!match) return undefined;

  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const [hour, minute, second] = [Number(h), Number(mi), Number(s)];
  const offset = offsetMinutes(zone);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59 || offset === undefined) return undefined;

  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, Number(fraction.padEnd(3, '0').slice(0, 3)));
  const ms = date.getTime() - offset * 60_000;
  // A zone can push the instant out of years 0000 to 9999, which no output could spell.
  return ms < EARLIEST_INSTANT || ms > LATEST_INSTANT ? undefined : ms;
}

/** The API's output form: UTC with exactly three fractional digits. */
export function formatInstant(ms: number): string {
  return new Date(ms).toISOString();
}

export function formatOptionalInstant(ms: number | null): string | null {
  return ms === null ? null : formatInstant(ms);
}
