import { sameJson } from './canonical-json';
import type { Outcome } from './changes';
import type { MembershipRow } from './existing-rows';
import type { Path } from './import-error';
import { importError } from './import-error';
import type { ImportPeriod } from './import-file';
import type { ResolvedPeriod } from './plan-periods';
import type { Planner } from './planner';

/**
 * A membership keeps its stored number unless the file gives one; new
 * memberships without a number follow the period's highest, in file order.
 */
export function planMemberships(
  planner: Planner,
  { period, path, id: periodId }: ResolvedPeriod,
  markerIds: Map<string, number>,
) {
  const stored = planner.stored.memberships.get(periodId) ?? [];
  const storedByAction = new Map(stored.map((row) => [row.actionId, row]));
  const numbers = period.actions.map(
    (action) => action.periodActionId ?? storedByAction.get(action.actionId)?.periodActionId,
  );
  checkNumbersFree(period, path, stored, numbers);

  let highest = [...stored.map((row) => row.periodActionId), ...numbers].reduce<number>(
    (max, number) => Math.max(max, number ?? 0),
    0,
  );
  period.actions.forEach((action, index) => {
    const marker = action.periodMarker;
    const row: MembershipRow = {
      periodId,
      actionId: action.actionId,
      periodActionId: numbers[index] ?? ++highest,
      markerId: marker === null ? null : (markerIds.get(marker) ?? null),
    };
    const match = storedByAction.get(action.actionId);
    let outcome: Outcome = 'created';
    if (match) outcome = sameJson(match, row) ? 'unchanged' : 'updated';

    if (outcome === 'updated' && match) planner.changes.replacedMemberships.push(match);
    if (outcome !== 'unchanged') planner.changes.newMemberships.push(row);
    planner.summary.memberships[outcome] += 1;
  });
}

/** Two actions of one period never share a number, stored or imported. */
function checkNumbersFree(
  period: ImportPeriod,
  path: Path,
  stored: MembershipRow[],
  numbers: (number | undefined)[],
) {
  const inFile = new Set(period.actions.map((action) => action.actionId));
  const holders = new Map(
    stored
      .filter((row) => !inFile.has(row.actionId))
      .map((row) => [row.periodActionId, row.actionId]),
  );
  period.actions.forEach((action, index) => {
    const number = numbers[index];
    if (number === undefined) return;
    const holder = holders.get(number);
    if (holder !== undefined && holder !== action.actionId) {
      const reason =
        action.periodActionId === undefined
          ? `is not given, so the stored ${number} stays, which action ${holder} also has`
          : `${number} is already used by action ${holder} in this period`;
      throw importError([...path, 'actions', index, 'periodActionId'], reason);
    }
    holders.set(number, action.actionId);
  });
}
