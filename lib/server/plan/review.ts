import "server-only";
import type { ChangeInput, Conflict, DryRunResponse, PlannedChange } from "@/lib/contracts/plan";
import { badInput } from "@/lib/contracts/errors";
import { indexDirectory } from "@/lib/goals/assignees";
import { parseDecimal, subtract } from "@/lib/goals/decimal";
import { aggregate, type Aggregate, changeProblems, familyProblems, type PlanTarget, type RuleProblem } from "@/lib/goals/plan";
import { type PortalContext, requireWriteScope } from "@/lib/hubspot";
import { metaFor } from "../goals-dataset";
import { freshFamily } from "./family";
import { namesOf } from "./load";

/** A change set checked against what HubSpot holds right now. */
export interface Review {
  family: PlanTarget[];
  aggregate: Aggregate;
  byId: Map<string, PlanTarget>;
  changes: PlannedChange[];
  conflicts: Conflict[];
  problems: RuleProblem[];
  errors: RuleProblem[];
}

const sameInstant = (a: string, b: string) => Date.parse(a) === Date.parse(b);

/**
 * Re-reads the goal from HubSpot and checks the requested changes: every target must belong to this
 * goal in this portal (anything else is bad input and nothing is written); a target whose amount
 * was changed in HubSpot since the grid loaded it is a conflict; amounts and the family's rules are
 * checked.
 */
export async function review(ctx: PortalContext, goalId: string, requested: readonly ChangeInput[]): Promise<Review> {
  requireWriteScope(ctx);
  // "41500.00" and "41500" are one amount: compared and written in canonical form.
  const inputs = requested.map((input) => ({ ...input, amount: parseDecimal(input.amount) ?? input.amount, base: parseDecimal(input.base) ?? input.base }));
  const meta = await metaFor(ctx);
  const index = indexDirectory(meta.directory);
  const { targets: family, aggregate: how } = await freshFamily(ctx, goalId, index);
  const byId = new Map(family.map((target) => [target.id, target]));
  const strangers = inputs.filter((input) => !byId.has(input.targetId)).map((input) => input.targetId);
  if (strangers.length) {
    const shown = strangers.slice(0, 5).join(", ");
    throw badInput(`${strangers.length === 1 ? "Target" : "Targets"} ${shown}${strangers.length > 5 ? ", …" : ""} ${strangers.length === 1 ? "is" : "are"} not part of this goal in your HubSpot portal. Nothing was written.`);
  }
  const names = namesOf(family, index);
  const nameOf = (key: string) => names[key] ?? key;
  const problems = [...changeProblems(family, inputs.map((input) => ({ targetId: input.targetId, properties: { hs_target_amount: input.amount } })), nameOf), ...familyProblems(family, nameOf)];
  const changes: PlannedChange[] = [];
  const conflicts: Conflict[] = [];
  for (const input of inputs) {
    const target = byId.get(input.targetId)!;
    const assignee = nameOf(target.assigneeKey);
    // HubSpot moves hs_lastmodifieddate for any change, its own KPI recalculations included; only
    // a moved version with another amount than the grid loaded is someone else's edit to decide on.
    if (!sameInstant(input.version, target.version) && input.base !== target.amount) {
      conflicts.push({ targetId: target.id, assignee, periodStart: target.start, base: input.base, yours: input.amount, now: target.amount, nowVersion: target.version });
      continue;
    }
    if (input.amount === target.amount) continue;
    changes.push({ targetId: target.id, assignee, periodStart: target.start, periodEnd: target.end, before: target.amount, after: input.amount, delta: subtract(input.amount, target.amount) });
  }
  return { family, aggregate: how, byId, changes, conflicts, problems, errors: problems.filter((p) => p.severity === "error") };
}

/** What applying these changes would do, checked against what HubSpot holds now. Writes nothing. */
export async function dryRun(ctx: PortalContext, goalId: string, requested: readonly ChangeInput[]): Promise<DryRunResponse> {
  const result = await review(ctx, goalId, requested);
  const after = new Map(result.changes.map((change) => [change.targetId, change.after]));
  const valid = result.errors.length === 0;
  return {
    changes: result.changes,
    conflicts: result.conflicts,
    problems: result.problems,
    totals: {
      before: aggregate(result.family.map((target) => target.amount), result.aggregate),
      after: aggregate(result.family.map((target) => (valid ? (after.get(target.id) ?? target.amount) : target.amount)), result.aggregate),
    },
    aggregate: result.aggregate,
    canApply: valid,
  };
}
