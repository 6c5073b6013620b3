import type { OpenAPIHono } from '@hono/zod-openapi';
import { MESSAGES } from '../errors';
import { ErrorSchema } from './schemas';

/*
 * Responses and headers that several operations share live once in
 * `components`, so the document and the routes name them instead of
 * repeating them.
 */

type Components = NonNullable<ReturnType<OpenAPIHono['getOpenAPI31Document']>['components']>;
type HeaderObject = NonNullable<Components['headers']>[string];
type ResponseObject = NonNullable<Components['responses']>[string];

const HEADERS = {
  ETag: {
    description:
      'Identifies this body. Send it back in If-None-Match to get a 304 while unchanged.',
    required: true,
    schema: { type: 'string' },
    example: '"2fd4e1c67a2d28fced849ee1bb76e7391b93eb12"',
  },
  'Cache-Control': {
    description:
      'Always private: the answer depends on the API key, so no shared cache may keep it.',
    required: true,
    schema: { type: 'string', const: 'private' },
    example: 'private',
  },
  'X-Cache': {
    description:
      'HIT when the list came from the edge cache, MISS when it was read from the database.',
    required: true,
    schema: { type: 'string', enum: ['HIT', 'MISS'] },
    example: 'MISS',
  },
  'Retry-After': {
    description: 'Seconds to wait before trying again.',
    required: true,
    schema: { type: 'integer', minimum: 1 },
    example: 5,
  },
  'WWW-Authenticate': {
    description: 'The Bearer challenge, sent with every 401.',
    required: true,
    schema: { type: 'string', pattern: '^Bearer ' },
    example: 'Bearer realm="periods-api"',
  },
} satisfies Record<string, HeaderObject>;

type HeaderName = keyof typeof HEADERS;

export const headerRef = (name: HeaderName) => ({ $ref: `#/components/headers/${name}` });

/** Named examples of `{"message": ...}` bodies, one per message. */
const messageExamples = (messages: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(messages).map(([name, message]) => [name, { value: { message } }]),
  );

const errorContent = (messages: Record<string, string>) => ({
  'application/json': {
    schema: { $ref: '#/components/schemas/Error' },
    examples: messageExamples(messages),
  },
});

const RESPONSES = {
  NotModified: {
    description: 'The body has not changed since the ETag given in If-None-Match. No body.',
    headers: { ETag: headerRef('ETag'), 'Cache-Control': headerRef('Cache-Control') },
  },
  Unauthorized: {
    description: 'The API key is missing, malformed, unknown or revoked.',
    headers: { 'WWW-Authenticate': headerRef('WWW-Authenticate') },
    content: errorContent({
      missingKey: MESSAGES.missingKey,
      malformedKey: MESSAGES.malformedKey,
      rejectedKey: MESSAGES.rejectedKey,
    }),
  },
  InternalError: {
    description: 'An unexpected failure. Its details go to the service log, never to the body.',
    content: errorContent({ internal: MESSAGES.internal }),
  },
  Unavailable: {
    description: 'The database cannot take the query now; retry after Retry-After seconds.',
    headers: { 'Retry-After': headerRef('Retry-After') },
    content: errorContent({ unavailable: MESSAGES.unavailable }),
  },
} satisfies Record<string, ResponseObject>;

const responseRef = (name: keyof typeof RESPONSES) => ({ $ref: `#/components/responses/${name}` });

/** What every operation behind the API key can answer besides its own statuses. */
export const authenticatedResponses = {
  304: responseRef('NotModified'),
  401: responseRef('Unauthorized'),
  500: responseRef('InternalError'),
  503: responseRef('Unavailable'),
};

/** Headers of a 200 answer that depends on the API key. */
export const privateHeaders = {
  ETag: headerRef('ETag'),
  'Cache-Control': headerRef('Cache-Control'),
};

/** A route's own error response, with one named example per message it can carry. */
export const errorResponse = (description: string, messages: Record<string, string>) => ({
  description,
  content: errorContent(messages),
});

type Registry = OpenAPIHono['openAPIRegistry'];

export function registerSharedComponents(registry: Registry) {
  registry.register('Error', ErrorSchema);
  for (const [name, header] of Object.entries(HEADERS)) {
    registry.registerComponent('headers', name, header);
  }
  for (const [name, response] of Object.entries(RESPONSES)) {
    registry.registerComponent('responses', name, response);
  }
}
