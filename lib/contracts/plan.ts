/**
 * Shapes of quota planning's API, shared by route handlers and the browser. Plain JSON only.
 */
import type { Account } from "@/lib/goals/model";
import type { Aggregate, LastYear, PlanTarget, RuleProblem } from "@/lib/goals/plan";

/** One apply request writes at most one HubSpot batch; the browser sends larger plans in parts. */
export const MAX_APPLY_CHANGES = 100;

export interface PlanResponse {
  portalId: number;
  goalId: string;
  name: string;
  goalType: string | null;
  cadence: string | null;
  /** How amounts read: a currency, a count, or a duration in HubSpot's display unit. */
  unit: "currency" | "count" | "duration";
  displayUnit: string | null;
  /** "mean" for AVG goals (response times), whose periods average rather than add up. */
  aggregate: Aggregate;
  currency: string | null;
  account: Account;
  /** Whether this session's HubSpot grant includes crm.objects.goals.write. */
  canEdit: boolean;
  /** Every target of the goal as HubSpot holds it now (never from a cache). */
  targets: PlanTarget[];
  /** Assignee names by key ("owner:123"). */
  names: Record<string, string>;
  lastYear: Record<string, LastYear>;
  /** Problems already in HubSpot's data for this goal family. */
  problems: RuleProblem[];
  loadedAt: string;
}

/** One cell the user wants changed, with the version and amount the grid showed. */
export interface ChangeInput {
  targetId: string;
  amount: string;
  /** `hs_lastmodifieddate` when the grid loaded the target. */
  version: string;
  /** The amount the grid loaded (the user's starting point, shown in a conflict). */
  base: string;
}

export interface PlannedChange {
  targetId: string;
  assignee: string;
  periodStart: string;
  periodEnd: string;
  /** HubSpot's amount now. */
  before: string;
  after: string;
  delta: string;
}

/**
 * A target whose amount changed in HubSpot since the grid loaded it (its hs_lastmodifieddate moved
 * and the amount is not the one loaded): not written until the user chooses.
 */
export interface Conflict {
  targetId: string;
  assignee: string;
  periodStart: string;
  /** What the grid started from. */
  base: string;
  /** What this user wants. */
  yours: string;
  /** What HubSpot holds now, and its version (resend it as `version` to overwrite). */
  now: string;
  nowVersion: string;
}

export interface DryRunResponse {
  changes: PlannedChange[];
  conflicts: Conflict[];
  problems: RuleProblem[];
  /** The goal's total (its mean for AVG goals) over every target, HubSpot's now and with these changes. */
  totals: { before: string; after: string };
  aggregate: Aggregate;
  /** No errors. Conflicts still need a choice each before an apply (which otherwise answers 409). */
  canApply: boolean;
}

export type ApplyStatus = "applied" | "failed" | "unchanged";

export interface ApplyResult {
  targetId: string;
  status: ApplyStatus;
  /** Why it failed, in HubSpot's words where it gave some. */
  message?: string;
  /** HubSpot's amount and version after the apply (as read back where the outcome was unclear). */
  amount: string;
  version: string;
}

export interface ApplyResponse {
  applyId: string;
  results: ApplyResult[];
}

export interface HistoryEntryView {
  at: string;
  value: string;
  /** The value it replaced; null for the first. */
  previous: string | null;
  /** A person's name where HubSpot says who, else how (e.g. "Integration", "HubSpot"). */
  who: string;
  sourceType: string;
}

export interface TargetHistoryResponse {
  portalId: number;
  targetId: string;
  /** Whether this user may write it back (crm.objects.goals.write granted). */
  canEdit: boolean;
  amount: string;
  version: string;
  entries: HistoryEntryView[];
}
