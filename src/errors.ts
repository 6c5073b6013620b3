import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** A failure the caller can act on; its message is sent as `{"message": ...}`. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const MESSAGES = {
  invalidPeriodId: 'Invalid period_id. It must be a valid integer for your team.',
  periodNotFound: 'Period not found',
  invalidFormFields: 'Invalid form_fields. It must be an array of strings.',
  notFound: 'Not found',
  internal: 'Internal server error',
  unavailable: 'The database is temporarily unavailable. Retry after a few seconds.',
  missingKey: 'Missing API key. Send it as "Authorization: Bearer <api key>".',
  malformedKey: 'Malformed Authorization header. Expected "Bearer <api key>".',
  rejectedKey: 'Unknown or revoked API key.',
  invertedRange: 'Invalid date range. start_date must not be after end_date.',
} as const;

export const invalidInstantMessage = (parameter: string, forms: string) =>
  `Invalid ${parameter}. Expected ${forms}.`;
