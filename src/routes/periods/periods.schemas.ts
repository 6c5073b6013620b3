import { z } from '@hono/zod-openapi';
import { formatInstant } from '../../dates';
import type { StoredPeriod } from '../../db/queries/periods';
import { InstantSchema } from '../../openapi/schemas';

export const MarkerSchema = z
  .object({
    name: z.string().openapi({ example: 'Example Period Marker' }),
    timestamp: InstantSchema.openapi({ example: '2024-07-18T18:40:00.000Z' }),
  })
  .openapi('Marker');

export const PeriodSchema = z
  .object({
    id: z.number().int().openapi({ example: 1 }),
    name: z.string().openapi({ example: 'Example Period' }),
    start_date: InstantSchema.openapi({ example: '2024-07-18T18:30:00.000Z' }),
    end_date: InstantSchema.openapi({ example: '2024-07-18T20:30:00.000Z' }),
    created_at: InstantSchema.openapi({ example: '2024-07-18T19:26:16.624Z' }),
    updated_at: InstantSchema.openapi({ example: '2024-07-26T06:02:03.257Z' }),
    markers: z.array(MarkerSchema).openapi({
      description: 'The period markers, ordered by timestamp; empty when there are none.',
    }),
  })
  .openapi('Period');

export const PeriodListSchema = z.object({ periods: z.array(PeriodSchema) }).openapi('PeriodList');

export type PeriodList = z.infer<typeof PeriodListSchema>;

export const toPeriodResponse = (period: StoredPeriod): z.infer<typeof PeriodSchema> => ({
  id: period.id,
  name: period.name,
  start_date: formatInstant(period.startDate),
  end_date: formatInstant(period.endDate),
  created_at: formatInstant(period.createdAt),
  updated_at: formatInstant(period.updatedAt),
  markers: period.markers.map((marker) => ({
    name: marker.name,
    timestamp: formatInstant(marker.timestamp),
  })),
});
