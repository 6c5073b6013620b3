import { z } from '@hono/zod-openapi';
import { formatInstant } from '../../dates';
import type { StoredPeriod } from '../../db/queries/periods';
import { MARKER_EXAMPLE, PERIOD_EXAMPLE } from '../../openapi/reference-examples';
import { InstantSchema } from '../../openapi/schemas';

export const MarkerSchema = z
  .object({
    name: z.string().openapi({ description: 'Unique within its period.' }),
    timestamp: InstantSchema,
  })
  .openapi('Marker', { example: MARKER_EXAMPLE });

export const PeriodSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    start_date: InstantSchema.openapi({ description: 'The first instant of the period.' }),
    end_date: InstantSchema.openapi({ description: 'The last instant of the period, inclusive.' }),
    created_at: InstantSchema,
    updated_at: InstantSchema.openapi({ description: 'When any field last changed.' }),
    markers: z.array(MarkerSchema).openapi({
      description: 'The period markers, ordered by timestamp; empty when there are none.',
    }),
  })
  .openapi('Period', { example: PERIOD_EXAMPLE });

export const PeriodListSchema = z
  .object({ periods: z.array(PeriodSchema) })
  .openapi('PeriodList', { example: { periods: [PERIOD_EXAMPLE] } });

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
