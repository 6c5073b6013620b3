import { z } from '@hono/zod-openapi';
import { INSTANT_INPUT_FORMS, parseInstant } from '../dates';
import { invalidInstantMessage } from '../errors';

interface InstantParamDocs {
  description: string;
  example: string;
}

const INSTANT_RULES = [
  'A date alone is midnight UTC, a time without zone is UTC, a fraction is cut to milliseconds.',
  'In a URL, send the + of a positive offset as %2B: a bare + reads as a space.',
].join(' ');

/** An optional instant in the query string, validated and turned into milliseconds. */
export function instantQueryParam(name: string, docs: InstantParamDocs) {
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
      param: {
        name,
        in: 'query',
        required: false,
        description: [
          docs.description,
          `Accepted forms: ${INSTANT_INPUT_FORMS}.`,
          INSTANT_RULES,
        ].join(' '),
        example: docs.example,
      },
    });
}
