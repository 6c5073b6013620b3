import { z } from '@hono/zod-openapi';

export const ErrorSchema = z
  .object({ message: z.string().openapi({ description: 'What went wrong, for a person.' }) })
  .openapi('Error', { example: { message: 'Period not found' } });

export const InstantSchema = z.iso.datetime({ precision: 3 }).openapi({
  description: 'A UTC instant with millisecond precision.',
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$',
  example: '2024-07-18T18:30:00.000Z',
});
