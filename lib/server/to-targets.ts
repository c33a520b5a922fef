import "server-only";
import { toTarget, TargetParseError } from "@/lib/goals/parse-target";
import type { Target } from "@/lib/goals/model";
import type { WireRecord } from "@/lib/hubspot";
import { log } from "@/lib/log";

/** Records into targets; a record that cannot be placed in time is counted and left out. */
export function toTargets(records: readonly WireRecord[], portalId: number): { targets: Target[]; skipped: number } {
  const targets: Target[] = [];
  let skipped = 0;
  for (const record of records) {
    try {
      targets.push(toTarget(record));
    } catch (error) {
      if (!(error instanceof TargetParseError)) throw error;
      skipped += 1;
      log.warn({ portalId, targetId: error.targetId, property: error.property }, "goal target skipped: no usable period");
    }
  }
  return { targets, skipped };
}
