import type { z } from 'zod';
import { sameJson } from './canonical-json';
import { importError, jsonPath, type Path } from './import-error';
import {
  type ImportAction,
  type ImportFile,
  type ImportPeriod,
  importFileSchema,
} from './import-file';

/*
 * Everything that can be checked in the file alone, in file order, so the
 * first problem reported is the first one a reader would meet.
 */

interface ActionSite {
  path: Path;
  action: ImportAction;
}

/** Fields of an action's membership in one period; all others are the action's own. */
const MEMBERSHIP_FIELDS = new Set<string>(['periodActionId', 'periodMarker']);

export function checkImportFile(input: unknown): ImportFile {
  const parsed = importFileSchema.safeParse(input);
  if (!parsed.success) throw issueError(parsed.error.issues);

  const firstSites = new Map<number, ActionSite>();
  const periodsById = new Map<number, number>();
  const periodsByKey = new Map<string, number>();
  parsed.data.periods.forEach((period, index) => {
    const path: Path = ['periods', index];
    checkPeriodUnique(period, index, periodsById, periodsByKey);
    checkMarkers(period, path);
    checkActions(period, path, firstSites);
  });
  return parsed.data;
}

function issueError(issues: z.core.$ZodIssue[]) {
  const [issue] = issues;
  if (!issue) return importError([], 'is not a valid import file');
  if (issue.code === 'unrecognized_keys') {
    return importError([...issue.path, issue.keys[0] ?? ''], 'is not a known field');
  }
  if (issue.code === 'invalid_key') {
    return importError(issue.path, issue.issues[0]?.message ?? issue.message);
  }
  return importError(issue.path, issue.message);
}

export const periodKey = (name: string, startDate: number) => JSON.stringify([name, startDate]);

/** A period appears once in its file, by id and by name and start_date, with a valid range. */
function checkPeriodUnique(
  period: ImportPeriod,
  index: number,
  periodsById: Map<number, number>,
  periodsByKey: Map<string, number>,
) {
  const path: Path = ['periods', index];
  if (period.end_date < period.start_date) {
    throw importError([...path, 'end_date'], 'must not be before start_date');
  }
  if (period.id !== undefined) {
    const other = periodsById.get(period.id);
    if (other !== undefined) {
      throw importError([...path, 'id'], `period ${period.id} is also at periods[${other}]`);
    }
    periodsById.set(period.id, index);
  }
  const key = periodKey(period.name, period.start_date);
  const other = periodsByKey.get(key);
  if (other !== undefined) {
    throw importError([...path, 'name'], `periods[${other}] has the same name and start_date`);
  }
  periodsByKey.set(key, index);
}

function checkMarkers(period: ImportPeriod, path: Path) {
  const seen = new Set<string>();
  period.markers.forEach((marker, index) => {
    if (seen.has(marker.name)) {
      throw importError([...path, 'markers', index, 'name'], 'is already a marker of this period');
    }
    seen.add(marker.name);
  });
}

function checkActions(period: ImportPeriod, path: Path, firstSites: Map<number, ActionSite>) {
  const markerNames = new Set(period.markers.map((marker) => marker.name));
  const actionIds = new Map<number, number>();
  const numbers = new Map<number, number>();

  period.actions.forEach((action, index) => {
    const actionPath: Path = [...path, 'actions', index];
    const sameAction = actionIds.get(action.actionId);
    if (sameAction !== undefined) {
      throw importError(
        [...actionPath, 'actionId'],
        `is also at actions[${sameAction}] of this period`,
      );
    }
    actionIds.set(action.actionId, index);

    if (action.periodActionId !== undefined) {
      const holder = numbers.get(action.periodActionId);
      if (holder !== undefined) {
        throw importError([...actionPath, 'periodActionId'], `is also used by actions[${holder}]`);
      }
      numbers.set(action.periodActionId, index);
    }

    if (action.periodMarker !== null && !markerNames.has(action.periodMarker)) {
      throw importError(
        [...actionPath, 'periodMarker'],
        `"${action.periodMarker}" is not one of this period's markers`,
      );
    }
    checkSameAction({ path: actionPath, action }, firstSites);
  });
}

function checkSameAction(site: ActionSite, firstSites: Map<number, ActionSite>) {
  const first = firstSites.get(site.action.actionId);
  if (!first) {
    firstSites.set(site.action.actionId, site);
    return;
  }
  for (const [field, value] of Object.entries(site.action)) {
    if (MEMBERSHIP_FIELDS.has(field)) continue;
    if (!sameJson(value, first.action[field as keyof ImportAction])) {
      throw importError(
        [...site.path, field],
        `differs from ${jsonPath(first.path)}, the same action in another period`,
      );
    }
  }
}
