import "server-only";
import type { WallSnapshot } from "@/lib/contracts/goals";
import { toAppError } from "./app-error";
import { MODEL_PROPERTIES } from "@/lib/goals/parse-target";
import { getAccountWithin, GOALS_READ, loadAllGoalTargetsWithin, loadDirectoryWithin, type PortalContext, requireScope } from "@/lib/hubspot";
import { toTargets } from "./to-targets";

/** Names and the portal's zone rarely change: a wallboard renews them at most hourly. */
const NAMES_MAX_AGE_MS = 3_600_000;

/**
 * Everything a wallboard shows, from the shared cache: goal targets at most `refreshSeconds` old
 * (one HubSpot load per portal per interval, however many screens ask), names and account details
 * at most an hour old. While HubSpot cannot be reached, the last answers held, marked stale.
 */
export interface WallChoice {
  refreshSeconds: number;
  /** Goal ids (family uuids or standalone target ids) whose targets to send; with `types`, empty means all. */
  goals: readonly string[];
  types: readonly string[];
}

export async function wallSnapshot(ctx: PortalContext, { refreshSeconds, goals, types }: WallChoice): Promise<WallSnapshot> {
  requireScope(ctx, GOALS_READ);
  const maxAgeMs = refreshSeconds * 1000;
  const namesMaxAgeMs = Math.max(maxAgeMs, NAMES_MAX_AGE_MS);
  const [all, names, account] = await Promise.all([
    loadAllGoalTargetsWithin(ctx, MODEL_PROPERTIES, maxAgeMs),
    loadDirectoryWithin(ctx, namesMaxAgeMs),
    getAccountWithin(ctx, namesMaxAgeMs),
  ]);
  const converted = toTargets(all.value.records, ctx.portalId);
  // A screen refreshes every interval for days: send it the goals its slides show, not the portal.
  const goalIds = new Set(goals.map((id) => id.toLowerCase()));
  const typeNames = new Set(types);
  const targets =
    goalIds.size + typeNames.size === 0
      ? converted.targets
      : converted.targets.filter((t) => goalIds.has(t.goalId.toLowerCase()) || (t.goalType !== null && typeNames.has(t.goalType)));
  const failure = all.failure ?? names.failure ?? account.failure;
  const stale = failure ? toAppError(failure, ctx.requestId) : null;
  return {
    portalId: ctx.portalId,
    account: account.value,
    directory: names.value.directory,
    missingScopes: names.value.missingScopes,
    fetchedAt: all.value.fetchedAt,
    skipped: converted.skipped,
    targets,
    stale: stale && { code: stale.code, message: stale.message },
  };
}
