import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../openapi/create-router';

const HealthSchema = z.object({ status: z.literal('ok') }).openapi('Health');

const health = createRoute({
  method: 'get',
  path: '/health',
  tags: ['Service'],
  summary: 'Liveness check',
  description: 'Answers without authentication and without touching the database.',
  responses: {
    200: {
      description: 'The Worker is running.',
      content: { 'application/json': { schema: HealthSchema } },
    },
  },
});

export const healthRouter = createRouter().openapi(health, (c) => c.json({ status: 'ok' }, 200));
