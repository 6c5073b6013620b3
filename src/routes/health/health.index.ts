import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../openapi/create-router';

const HealthSchema = z
  .object({ status: z.literal('ok') })
  .openapi('Health', { example: { status: 'ok' } });

const health = createRoute({
  method: 'get',
  path: '/health',
  operationId: 'getHealth',
  tags: ['Service'],
  summary: 'Liveness check',
  description:
    'Answers without an API key and without touching the database, so it only says that the ' +
    'Worker runs; it has no other answer to document.',
  security: [],
  responses: {
    200: {
      description: 'The Worker is running.',
      content: {
        'application/json': {
          schema: HealthSchema,
          examples: { ok: { value: { status: 'ok' } } },
        },
      },
    },
  },
});

export const healthRouter = createRouter().openapi(health, (c) => c.json({ status: 'ok' }, 200));
