import { checkAmount } from "./amount";
import type { PlanTarget } from "./model";

/**
 * HubSpot's rules for a goal family (from its goals guide): every slice shares one
 * `hs_group_correlation_uuid`; each assignee's schedule has one `hs_goal_target_group_id`; a
 * schedule's periods follow each other without gaps or overlaps and each is one `hs_milestone`
 * long; family-wide properties change on every slice at once (through batch/update), or the goal
 * may vanish or split in HubSpot's UI. Amounts are non-negative decimals within HubSpot's precision.
 *
 * Problems already in HubSpot's data are warnings (Goalboard writes amounts and cannot fix them);
 * problems a change would cause are errors and stop it.
 */
export interface RuleProblem {
  code:
    | "MIXED_FAMILY"
    | "SCHEDULE_GROUPS"
    | "SHARED_GROUP"
    | "PERIOD_GAP"
    | "PERIOD_OVERLAP"
    | "PERIOD_LENGTH"
    | "MIXED_MILESTONE"
    | "INVALID_AMOUNT"
    | "PARTIAL_FAMILY_CHANGE"
    | "NOT_IN_FAMILY";
  severity: "error" | "warning";
  message: string;
  targetIds: string[];
}

/** Properties that must hold one value across the whole family. */
export const FAMILY_WIDE_PROPERTIES = ["hs_goal_name", "hs_goal_type", "hs_milestone", "hs_pipeline_ids", "hs_group_correlation_uuid", "hs_fiscal_year_offset"] as const;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const MONTHS: Record<string, number> = { monthly: 1, quarterly: 3, yearly: 12 };

const day = (iso: string) => iso.slice(0, 10);

function addMonths(iso: string, months: number): number {
  const date = new Date(iso);
  const target = new Date(iso);
  target.setUTCMonth(date.getUTCMonth() + months);
  return target.getTime();
}

/** Whether a period is one milestone long; an hour either way allows for a daylight-saving change. */
function lengthFits(target: PlanTarget, milestone: string): boolean | null {
  const start = Date.parse(target.start);
  const end = Date.parse(target.end);
  const expected = milestone === "weekly" ? start + 7 * DAY_MS : MONTHS[milestone] ? addMonths(target.start, MONTHS[milestone]) : null;
  return expected === null ? null : Math.abs(end - expected) <= HOUR_MS;
}

const describe = (nameOf: (key: string) => string, target: PlanTarget) => `${nameOf(target.assigneeKey)} · ${day(target.start)}`;

/** Structural problems of a family as HubSpot holds it (warnings). */
export function familyProblems(targets: readonly PlanTarget[], nameOf: (assigneeKey: string) => string): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const warn = (code: RuleProblem["code"], message: string, ids: string[]) => problems.push({ code, severity: "warning", message, targetIds: ids });

  const uuids = new Set(targets.map((t) => t.uuid ?? ""));
  if (uuids.size > 1) warn("MIXED_FAMILY", `The goal's targets carry ${uuids.size} different family ids (hs_group_correlation_uuid); HubSpot shows each as a separate goal.`, targets.map((t) => t.id));

  const milestones = new Set(targets.map((t) => t.milestone ?? ""));
  if (milestones.size > 1) warn("MIXED_MILESTONE", `The goal's targets have different period lengths (hs_milestone: ${[...milestones].map((m) => m || "none").join(", ")}).`, targets.map((t) => t.id));

  const byAssignee = new Map<string, PlanTarget[]>();
  for (const target of targets) byAssignee.set(target.assigneeKey, [...(byAssignee.get(target.assigneeKey) ?? []), target]);
  const groupOwners = new Map<string, Set<string>>();
  for (const [assignee, own] of byAssignee) {
    const groups = new Set(own.map((t) => t.groupId ?? ""));
    if (groups.size > 1) warn("SCHEDULE_GROUPS", `${nameOf(assignee)}'s targets carry ${groups.size} schedule ids (hs_goal_target_group_id); a schedule has one.`, own.map((t) => t.id));
    for (const group of groups) if (group) groupOwners.set(group, new Set([...(groupOwners.get(group) ?? []), assignee]));
  }
  for (const [group, owners] of groupOwners) {
    if (owners.size > 1) warn("SHARED_GROUP", `Schedule ${group} is shared by ${[...owners].map(nameOf).join(" and ")}; each assignee needs their own.`, targets.filter((t) => t.groupId === group).map((t) => t.id));
  }

  const bySchedule = new Map<string, PlanTarget[]>();
  for (const target of targets) bySchedule.set(target.scheduleId, [...(bySchedule.get(target.scheduleId) ?? []), target]);
  for (const own of bySchedule.values()) {
    const ordered = [...own].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    for (let i = 1; i < ordered.length; i += 1) {
      const previous = ordered[i - 1];
      const current = ordered[i];
      const gap = Date.parse(current.start) - Date.parse(previous.end);
      if (gap > 0) warn("PERIOD_GAP", `${describe(nameOf, current)}: a gap after the period ending ${day(new Date(Date.parse(previous.end) - 1).toISOString())}; periods must follow each other.`, [previous.id, current.id]);
      if (gap < 0) warn("PERIOD_OVERLAP", `${describe(nameOf, current)}: overlaps the period before it.`, [previous.id, current.id]);
    }
    for (const target of ordered) {
      const fits = target.milestone ? lengthFits(target, target.milestone) : null;
      if (fits === false) warn("PERIOD_LENGTH", `${describe(nameOf, target)}: the period is not one ${target.milestone} slice long (hs_milestone).`, [target.id]);
    }
  }
  return problems;
}

export interface ProposedChange {
  targetId: string;
  properties: Readonly<Record<string, string>>;
}

/** Problems a change set would cause (errors): bad amounts, family-wide properties changed on part of the family. */
export function changeProblems(family: readonly PlanTarget[], changes: readonly ProposedChange[], nameOf: (assigneeKey: string) => string): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const byId = new Map(family.map((target) => [target.id, target]));
  const error = (code: RuleProblem["code"], message: string, ids: string[]) => problems.push({ code, severity: "error", message, targetIds: ids });
  for (const change of changes) {
    const target = byId.get(change.targetId);
    if (!target) {
      error("NOT_IN_FAMILY", `Target ${change.targetId} is not part of this goal.`, [change.targetId]);
      continue;
    }
    const amount = change.properties.hs_target_amount;
    if (amount !== undefined) {
      const check = checkAmount(amount);
      if (!check.ok) error("INVALID_AMOUNT", `${describe(nameOf, target)}: ${check.message}`, [target.id]);
    }
  }
  for (const property of FAMILY_WIDE_PROPERTIES) {
    const touching = changes.filter((change) => change.properties[property] !== undefined);
    if (touching.length === 0) continue;
    const values = new Set(touching.map((change) => change.properties[property]));
    const covered = new Set(touching.map((change) => change.targetId));
    if (values.size > 1 || family.some((target) => !covered.has(target.id))) {
      error("PARTIAL_FAMILY_CHANGE", `${property} is family-wide: it must change to one value on all ${family.length} targets of the goal at once.`, touching.map((change) => change.targetId));
    }
  }
  return problems;
}
