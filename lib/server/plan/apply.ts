import "server-only";
import type { ApplyResponse, ApplyResult, ChangeInput } from "@/lib/contracts/plan";
import { AppError } from "@/lib/contracts/errors";
import { parseDecimal } from "@/lib/goals/decimal";
import type { ServerSession } from "@/lib/auth/session";
import { type PortalContext, readTargetsNow, updateGoalTargets, type WriteOutcome } from "@/lib/hubspot";
import { log } from "@/lib/log";
import { review } from "./review";

export interface ApplyRequest {
  goalId: string;
  applyId: string;
  notify: boolean;
  changes: ChangeInput[];
}

const READ_BACK = ["hs_target_amount", "hs_lastmodifieddate"];

/**
 * Writes a reviewed change set through batch/update, all of it or (a conflict, a broken rule) none
 * of it: a target changed in HubSpot since the grid loaded it is a 409 and nothing is written, so
 * no one's edit is overwritten unseen. HubSpot has no conditional write, so a change landing between
 * this re-read and the write itself is the one window left. Targets already at the new value are skipped. Where a call's outcome is unclear (a timeout, a 5xx), the targets
 * are read back so the answer says what HubSpot really holds. Every write is logged with who, which
 * portal, which targets and the apply's id (HubSpot's objectWriteTraceIds start with it).
 */
export async function applyPlan(ctx: PortalContext, session: ServerSession, request: ApplyRequest): Promise<ApplyResponse> {
  const checked = await review(ctx, request.goalId, request.changes);
  if (checked.errors.length) {
    throw new AppError("BAD_INPUT", `Nothing was written: ${checked.errors.map((problem) => problem.message).join(" ")}`);
  }
  if (checked.conflicts.length) {
    const shown = checked.conflicts.slice(0, 3).map((c) => `${c.assignee} ${c.periodStart.slice(0, 10)}`).join(", ");
    throw new AppError(
      "CONFLICT",
      `Nothing was written: ${checked.conflicts.length} of these targets changed in HubSpot since they were loaded (${shown}${checked.conflicts.length > 3 ? ", …" : ""}). Review the changes again and choose for each.`,
    );
  }
  const writes = checked.changes.map((change) => ({
    id: change.targetId,
    properties: { hs_target_amount: change.after, hs_should_notify_on_edit_updates: String(request.notify) },
  }));
  const outcomes = writes.length ? await updateGoalTargets(ctx, writes, request.applyId) : [];
  const unclear = outcomes.filter((outcome) => outcome.status === "unknown").map((outcome) => outcome.id);
  const readBack = unclear.length ? await readTargetsNow(ctx, unclear, READ_BACK).catch(() => null) : null;
  const now = new Map((readBack?.records ?? []).map((record) => [record.id, record]));
  const wanted = new Map(checked.changes.map((change) => [change.targetId, change.after]));

  const resultOf = (outcome: WriteOutcome): ApplyResult => {
    const target = checked.byId.get(outcome.id)!;
    if (outcome.status === "applied") {
      const props = outcome.record.properties;
      return { targetId: outcome.id, status: "applied", amount: parseDecimal(props.hs_target_amount) ?? wanted.get(outcome.id)!, version: props.hs_lastmodifieddate ?? outcome.record.updatedAt };
    }
    if (outcome.status === "failed") return { targetId: outcome.id, status: "failed", message: outcome.message, amount: target.amount, version: target.version };
    const record = now.get(outcome.id);
    const amount = parseDecimal(record?.properties.hs_target_amount) ?? target.amount;
    const version = record?.properties.hs_lastmodifieddate ?? target.version;
    if (record && amount === wanted.get(outcome.id)) return { targetId: outcome.id, status: "applied", amount, version };
    return { targetId: outcome.id, status: "failed", message: record ? outcome.message : `${outcome.message} Reload to see what HubSpot holds.`, amount, version };
  };
  const results: ApplyResult[] = outcomes.map(resultOf);
  const written = new Set(results.map((result) => result.targetId));
  for (const input of request.changes) {
    if (written.has(input.targetId)) continue;
    const target = checked.byId.get(input.targetId)!;
    results.push({ targetId: input.targetId, status: "unchanged", amount: target.amount, version: target.version });
  }

  log.info(
    {
      event: "goal_targets.write",
      portalId: ctx.portalId,
      user: session.email,
      hubUserId: session.hubUserId,
      goalId: request.goalId,
      applyId: request.applyId,
      requestId: ctx.requestId,
      notify: request.notify,
      targets: results
        .filter((result) => result.status !== "unchanged")
        .map((result) => ({ id: result.targetId, from: checked.byId.get(result.targetId)!.amount, to: wanted.get(result.targetId) ?? null, status: result.status, message: result.message })),
    },
    "goal targets written",
  );
  return { applyId: request.applyId, results };
}
