import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { qualified } from '../qualified';
import { periodMarkers, periods } from '../schema';

export interface PeriodRange {
  start?: number | undefined;
  end?: number | undefined;
}

export interface StoredMarker {
  name: string;
  timestamp: number;
}

/** Markers of the outer period row as a JSON array, ordered by timestamp. */
const markersJson = sql<string>`(
  SELECT json_group_array(json_object('name', name, 'timestamp', timestamp))
  FROM (
    SELECT ${periodMarkers.name} AS name, ${periodMarkers.timestamp} AS timestamp
    FROM ${periodMarkers}
    WHERE ${periodMarkers.periodId} = ${qualified('periods', 'id')}
    ORDER BY ${periodMarkers.timestamp}, ${periodMarkers.name}
  )
)`;

/** A team's periods overlapping the range, bounds inclusive, in start order. */
export async function listPeriods(db: Database, teamId: number, range: PeriodRange) {
  const rows = await db
    .select({
      id: periods.id,
      name: periods.name,
      startDate: periods.startDate,
      endDate: periods.endDate,
      createdAt: periods.createdAt,
      updatedAt: periods.updatedAt,
      markers: markersJson,
    })
    .from(periods)
    .where(
      and(
        eq(periods.teamId, teamId),
        range.start === undefined ? undefined : gte(periods.endDate, range.start),
        range.end === undefined ? undefined : lte(periods.startDate, range.end),
      ),
    )
    .orderBy(asc(periods.startDate), asc(periods.id));

  return rows.map((row) => ({ ...row, markers: JSON.parse(row.markers) as StoredMarker[] }));
}

export type StoredPeriod = Awaited<ReturnType<typeof listPeriods>>[number];
