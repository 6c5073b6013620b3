import { sameJson } from './canonical-json';
import type { Outcome } from './changes';
import { periodKey } from './check-import-file';
import type { PeriodRow } from './existing-rows';
import { importError, jsonPath, type Path } from './import-error';
import type { ImportFile, ImportPeriod } from './import-file';
import type { Planner } from './planner';

export interface ResolvedPeriod {
  period: ImportPeriod;
  path: Path;
  id: number;
  stored: PeriodRow | undefined;
}

/**
 * A period is its id when given, otherwise its team, name and start_date.
 * New periods without an id are numbered after every id stored or given.
 */
export function resolvePeriods(file: ImportFile, { stored, highestPeriodId }: Planner) {
  const byId = new Map(stored.periods.map((row) => [row.id, row]));
  const highestGiven = file.periods.reduce((max, period) => Math.max(max, period.id ?? 0), 0);
  let nextId = Math.max(highestGiven, highestPeriodId);

  return file.periods.map((period, index): ResolvedPeriod => {
    const path = ['periods', index];
    if (period.id !== undefined) {
      return { period, path, id: period.id, stored: byId.get(period.id) };
    }
    const match = stored.periodsByKey.get(periodKey(period.name, period.start_date));
    return { period, path, id: match?.id ?? ++nextId, stored: match };
  });
}

/** Rejects a period of another team, or one whose identity another period already has. */
export function checkPeriodIdentity(
  { teamId, stored: { periodsByKey } }: Planner,
  entry: ResolvedPeriod,
  resolved: Map<number, ResolvedPeriod>,
) {
  const { period, path, id, stored } = entry;
  if (stored && stored.teamId !== teamId) {
    throw importError([...path, 'id'], `period ${id} belongs to another team`);
  }
  const other = resolved.get(id);
  if (other !== entry && other) {
    throw importError(
      [...path, 'name'],
      `matches stored period ${id}, which ${jsonPath(other.path)} also imports`,
    );
  }
  // Even when the holder is renamed in this same file, the write order could not be
  // guaranteed to free the name first, so a name changes hands in two imports.
  const holder = periodsByKey.get(periodKey(period.name, period.start_date));
  if (holder && holder.id !== id) {
    const renamed = resolved.has(holder.id) ? ', until an earlier import renames it' : '';
    throw importError(
      [...path, 'name'],
      `period ${holder.id} already has this name and start_date${renamed}`,
    );
  }
}

/**
 * Plans the period row and its markers and returns the marker ids by name.
 * updated_at moves only when the period's own values or markers change.
 */
export function planPeriod(planner: Planner, { period, id, stored }: ResolvedPeriod) {
  const { markerIds, markersChanged } = planMarkers(planner, period, id);
  const { changes, summary, now } = planner;
  const row: PeriodRow = {
    id,
    teamId: planner.teamId,
    name: period.name,
    startDate: period.start_date,
    endDate: period.end_date,
    createdAt: period.created_at ?? stored?.createdAt ?? now,
    updatedAt: period.updated_at ?? now,
  };
  if (!stored) {
    changes.newPeriods.push(row);
    summary.periods.created += 1;
    return markerIds;
  }

  const contentChanged =
    markersChanged ||
    stored.name !== row.name ||
    stored.startDate !== row.startDate ||
    stored.endDate !== row.endDate;
  if (!contentChanged && period.updated_at === undefined) row.updatedAt = stored.updatedAt;
  const changed = !sameJson(row, stored);
  if (changed) changes.changedPeriods.push(row);
  summary.periods[changed ? 'updated' : 'unchanged'] += 1;
  return markerIds;
}

/** Markers are matched by name within their period; an import never removes one. */
function planMarkers(planner: Planner, period: ImportPeriod, periodId: number) {
  const stored = new Map(
    (planner.stored.markers.get(periodId) ?? []).map((marker) => [marker.name, marker]),
  );
  const markerIds = new Map<string, number>();
  let markersChanged = false;

  for (const { name, timestamp } of period.markers) {
    const match = stored.get(name);
    const marker = { id: match?.id ?? planner.nextMarkerId(), periodId, name, timestamp };
    markerIds.set(name, marker.id);
    let outcome: Outcome = 'unchanged';
    if (!match) outcome = 'created';
    else if (match.timestamp !== timestamp) outcome = 'updated';

    if (outcome === 'created') planner.changes.newMarkers.push(marker);
    if (outcome === 'updated') planner.changes.changedMarkers.push(marker);
    markersChanged ||= outcome !== 'unchanged';
    planner.summary.markers[outcome] += 1;
  }
  return { markerIds, markersChanged };
}
