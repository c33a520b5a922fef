import "server-only";
import { toTarget, TargetParseError } from "@/lib/goals/parse-target";
import type { Target } from "@/lib/goals/model";
import type { WireRecord } from "@/lib/hubspot";
import { log } from "@/lib/log";

type Converted = { readonly targets: readonly Target[]; readonly skipped: number };

/**
 * By records array: the in-memory cache hands every request the same array until it refreshes, and
 * a record costs about 15 µs to convert (server CPU profile), 150 ms of every /api/goals and page
 * request for a 10,000-target portal. A WeakMap, so a replaced answer's conversion goes with it.
 */
const converted = new WeakMap<readonly WireRecord[], Converted>();

/** Records into targets; a record that cannot be placed in time is counted and left out. */
export function toTargets(records: readonly WireRecord[], portalId: number): Converted {
  const held = converted.get(records);
  if (held) return held;
  const result = convert(records, portalId);
  converted.set(records, result);
  return result;
}

function convert(records: readonly WireRecord[], portalId: number): Converted {
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
