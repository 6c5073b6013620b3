import type { ExistingRows } from './existing-rows';
import type { ImportFile } from './import-file';
import { planAction } from './plan-actions';
import { planMemberships } from './plan-memberships';
import {
  checkPeriodIdentity,
  planPeriod,
  type ResolvedPeriod,
  resolvePeriods,
} from './plan-periods';
import { createPlanner } from './planner';

/**
 * Compares a checked file with the stored rows and lists the changes. The
 * checks that need stored rows run here, period by period in file order.
 */
export function planImport(file: ImportFile, existing: ExistingRows, now: number) {
  const planner = createPlanner(file, existing, now);
  const resolved = resolvePeriods(file, planner);
  const byId = new Map<number, ResolvedPeriod>();
  for (const entry of resolved) if (!byId.has(entry.id)) byId.set(entry.id, entry);

  for (const entry of resolved) {
    checkPeriodIdentity(planner, entry, byId);
    const markerIds = planPeriod(planner, entry);
    entry.period.actions.forEach((action, index) => {
      planAction(planner, action, [...entry.path, 'actions', index]);
    });
    planMemberships(planner, entry, markerIds);
  }
  return { changes: planner.changes, summary: planner.summary };
}
