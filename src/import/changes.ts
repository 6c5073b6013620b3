import type {
  ActionRow,
  AssigneeRow,
  FormFieldRow,
  MarkerRow,
  MembershipRow,
  PeriodRow,
  TeamRow,
} from './existing-rows';

/** What an import adds or rewrites; anything not listed here is left as it is. */
export interface Changes {
  newTeam: TeamRow | undefined;
  newPeriods: PeriodRow[];
  changedPeriods: PeriodRow[];
  newMarkers: MarkerRow[];
  changedMarkers: MarkerRow[];
  /** New actions and actions whose own fields changed. */
  savedActions: ActionRow[];
  /** Actions whose stored assignees are replaced by `newAssignees`. */
  replacedAssignees: number[];
  newAssignees: AssigneeRow[];
  replacedFormFields: number[];
  newFormFields: FormFieldRow[];
  /** Memberships renumbered or moved to another marker are deleted, then inserted anew. */
  replacedMemberships: MembershipRow[];
  newMemberships: MembershipRow[];
}

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportSummary {
  team: string;
  teamCreated: boolean;
  periods: Counts;
  markers: Counts;
  actions: Counts;
  memberships: Counts;
}

export const emptyChanges = (): Changes => ({
  newTeam: undefined,
  newPeriods: [],
  changedPeriods: [],
  newMarkers: [],
  changedMarkers: [],
  savedActions: [],
  replacedAssignees: [],
  newAssignees: [],
  replacedFormFields: [],
  newFormFields: [],
  replacedMemberships: [],
  newMemberships: [],
});

const zeroCounts = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });

export const emptySummary = (team: string): ImportSummary => ({
  team,
  teamCreated: false,
  periods: zeroCounts(),
  markers: zeroCounts(),
  actions: zeroCounts(),
  memberships: zeroCounts(),
});

export type Outcome = keyof Counts;
