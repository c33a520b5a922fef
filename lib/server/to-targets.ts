import "server-only";
import { toTarget, TargetParseError } from "@/lib/goals/parse-target";
import type { Target } from "@/lib/goals/model";
import type { WireRecord } from "@/lib/hubspot";
import { log } from "@/lib/log";
import { processSingleton } from "@/lib/process-singleton";

type Converted = { readonly targets: readonly Target[]; readonly skipped: number };

/**
 * By records array: the in-memory cache hands every request the same array until it refreshes, and
 * a record costs about 15 µs to convert (server CPU profile), 150 ms of every /api/goals and page
 * request for a 10,000-target portal. A WeakMap, so a replaced answer's conversion goes with it.
 */
const converted = new WeakMap<readonly WireRecord[], Converted>();

/** A record as last converted, and its target. */
interface Known {
  record: WireRecord;
  target: Target | null;
}

/** Records held per portal for reuse, in two generations: a portal's records stay at most twice. */
const GENERATION = 250_000;
/** Portals whose records are held for reuse; the least recently converted goes first. */
const PORTALS_KEPT = 32;

class KnownRecords {
  /** The portal's latest conversion, returned again when a refreshed answer changed nothing. */
  last: Converted | undefined;
  private current = new Map<string, Known>();
  private older = new Map<string, Known>();
  get(id: string): Known | undefined {
    return this.current.get(id) ?? this.older.get(id);
  }
  set(id: string, known: Known): void {
    if (this.current.size >= GENERATION) {
      this.older = this.current;
      this.current = new Map();
    }
    this.current.set(id, known);
  }
}

const known = processSingleton("known-records", () => new Map<number, KnownRecords>());

function knownOf(portalId: number): KnownRecords {
  let held = known.get(portalId);
  if (held) known.delete(portalId);
  else held = new KnownRecords();
  known.set(portalId, held);
  if (known.size > PORTALS_KEPT) known.delete(known.keys().next().value!);
  return held;
}

/** Same id, same timestamps and the same property values: HubSpot sent the record unchanged. */
function unchanged(a: WireRecord, b: WireRecord): boolean {
  if (a === b) return true;
  if (a.updatedAt !== b.updatedAt || a.createdAt !== b.createdAt || a.archived !== b.archived || a.archivedAt !== b.archivedAt) return false;
  const keys = Object.keys(a.properties);
  if (keys.length !== Object.keys(b.properties).length) return false;
  for (const key of keys) if (a.properties[key] !== b.properties[key]) return false;
  return true;
}

/**
 * Records into targets; a record that cannot be placed in time is counted and left out.
 *
 * A refreshed answer (every 30 s while someone looks) keeps the target objects of the records
 * HubSpot sent unchanged, and when nothing changed, the whole previous array: every view's memo
 * (orders, rows, figures) is keyed by those objects and stays valid. At 100,003 targets a refresh
 * costs 0.2 s of comparing instead of 5 s of converting plus every view's first computation again
 * (bench/views-profile.ts).
 */
export function toTargets(records: readonly WireRecord[], portalId: number): Converted {
  const held = converted.get(records);
  if (held) return held;
  const result = convert(records, portalId);
  converted.set(records, result);
  return result;
}

function convert(records: readonly WireRecord[], portalId: number): Converted {
  const reuse = knownOf(portalId);
  const last = reuse.last;
  const targets: Target[] = [];
  let skipped = 0;
  let same = last !== undefined;
  for (const record of records) {
    const before = reuse.get(record.id);
    let target: Target | null;
    if (before && unchanged(before.record, record)) target = before.target;
    else {
      target = parse(record, portalId);
      reuse.set(record.id, { record, target });
    }
    if (target === null) skipped += 1;
    else {
      if (same && last!.targets[targets.length] !== target) same = false;
      targets.push(target);
    }
  }
  if (same && last!.targets.length === targets.length && last!.skipped === skipped) return last!;
  const result = { targets, skipped };
  reuse.last = result;
  return result;
}

function parse(record: WireRecord, portalId: number): Target | null {
  try {
    return toTarget(record);
  } catch (error) {
    if (!(error instanceof TargetParseError)) throw error;
    log.warn({ portalId, targetId: error.targetId, property: error.property }, "goal target skipped: no usable period");
    return null;
  }
}
