import { z } from '@hono/zod-openapi';
import { INSTANT_INPUT_FORMS, parseInstant } from '../dates';
import { invalidInstantMessage } from '../errors';

/** An optional instant in the query string, validated and turned into milliseconds. */
export function instantQueryParam(name: string, description: string) {
  const error = invalidInstantMessage(name, INSTANT_INPUT_FORMS);
  return z
    .string({ error })
    .transform((raw, ctx) => {
      const ms = parseInstant(raw);
      if (ms === undefined) ctx.addIssue({ code: 'custom', message: error });
      return ms ?? z.NEVER;
    })
    .optional()
    .openapi({
      param: { name, in: 'query', description },
      example: '2024-07-18T00:00:00.000Z',
    });
}
