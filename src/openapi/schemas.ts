import { z } from '@hono/zod-openapi';

export const ErrorSchema = z
  .object({ message: z.string().openapi({ example: 'Period not found' }) })
  .openapi('Error');

export const errorResponse = (description: string, example: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema, example: { message: example } } },
});

export const InstantSchema = z.iso.datetime({ precision: 3 }).openapi({
  description: 'A UTC instant with millisecond precision.',
  example: '2024-07-18T18:30:00.000Z',
});
