import { type Changes, emptyChanges, emptySummary, type ImportSummary } from './changes';
import { type ExistingRows, indexStoredRows, type StoredRows } from './existing-rows';
import type { ImportFile } from './import-file';

/** What planning one file carries from period to period. */
export interface Planner {
  stored: StoredRows;
  teamId: number;
  highestPeriodId: number;
  now: number;
  changes: Changes;
  summary: ImportSummary;
  nextMarkerId: () => number;
  plannedActions: Set<number>;
}

export function createPlanner(file: ImportFile, existing: ExistingRows, now: number): Planner {
  const changes = emptyChanges();
  const summary = emptySummary(file.team);
  const teamId = existing.team?.id ?? existing.highestIds.team + 1;
  if (!existing.team) {
    changes.newTeam = { id: teamId, name: file.team, createdAt: now };
    summary.teamCreated = true;
  }
  let markerId = existing.highestIds.marker;
  return {
    stored: indexStoredRows(existing, teamId),
    teamId,
    highestPeriodId: existing.highestIds.period,
    now,
    changes,
    summary,
    nextMarkerId: () => ++markerId,
    plannedActions: new Set(),
  };
}
