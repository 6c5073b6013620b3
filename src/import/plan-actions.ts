import { canonicalJson, sameJson } from './canonical-json';
import type { Outcome } from './changes';
import type { ActionRow } from './existing-rows';
import type { Path } from './import-error';
import { importError } from './import-error';
import type { ImportAction } from './import-file';
import type { Planner } from './planner';

/** Plans an action's row, assignees and form fields, once per actionId. */
export function planAction(planner: Planner, action: ImportAction, path: Path) {
  const { teamId, changes, plannedActions } = planner;
  const stored = planner.stored.actions.get(action.actionId);
  if (stored && stored.teamId !== teamId) {
    throw importError([...path, 'actionId'], `action ${action.actionId} belongs to another team`);
  }
  if (plannedActions.has(action.actionId)) return;
  plannedActions.add(action.actionId);

  const row = actionRow(action, teamId);
  const rowChanged = !stored || !sameJson(row, stored);
  if (rowChanged) changes.savedActions.push(row);
  const assigneesChanged = planAssignees(planner, action);
  const formFieldsChanged = planFormFields(planner, action);

  let outcome: Outcome = 'unchanged';
  if (!stored) outcome = 'created';
  else if (rowChanged || assigneesChanged || formFieldsChanged) outcome = 'updated';
  planner.summary.actions[outcome] += 1;
}

function actionRow(action: ImportAction, teamId: number): ActionRow {
  return {
    id: action.actionId,
    teamId,
    classification: action.classification,
    subClassification: action.subClassification,
    status: action.status,
    createdTime: action.createdTime,
    assignedTime: action.assignedTime,
    doingTime: action.doingTime,
    closedTime: action.closedTime,
    createdByUserName: action.createdByUserName,
    channel: action.channel,
    formType: action.formType,
    latestChannel: action.latestChannel,
    aiDispatched: action.aiDispatched,
  };
}

/** Assignees are a value of the action: a different list replaces the stored one. */
function planAssignees({ stored, changes }: Planner, action: ImportAction) {
  const id = action.actionId;
  const current = stored.assignees.get(id) ?? [];
  if (sameJson(current, action.assignedUserNames)) return false;

  if (current.length > 0) changes.replacedAssignees.push(id);
  action.assignedUserNames.forEach((userName, position) => {
    changes.newAssignees.push({ actionId: id, position, userName });
  });
  return true;
}

/** So are form fields: any difference replaces all of them. */
function planFormFields({ stored, changes }: Planner, action: ImportAction) {
  const id = action.actionId;
  const current = stored.formFields.get(id) ?? new Map<string, string>();
  const wanted = Object.entries(action.formFields);
  const same =
    current.size === wanted.length &&
    wanted.every(([name, value]) => sameStoredJson(current.get(name), value));
  if (same) return false;

  if (current.size > 0) changes.replacedFormFields.push(id);
  for (const [name, value] of wanted) {
    changes.newFormFields.push({ actionId: id, name, value: JSON.stringify(value) });
  }
  return true;
}

function sameStoredJson(stored: string | undefined, value: unknown) {
  if (stored === undefined) return false;
  try {
    return canonicalJson(JSON.parse(stored)) === canonicalJson(value);
  } catch {
    return false;
  }
}
