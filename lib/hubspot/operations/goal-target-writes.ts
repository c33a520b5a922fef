import "server-only";
import { AppError } from "@/lib/contracts/errors";
import { portalCache } from "../cache";
import type { PortalContext } from "../context";
import { callHubSpot } from "../http/call";
import { batchAnswer, type BatchError, type RecordWithHistory } from "../http/write-schemas";
import { GOALS_READ, GOALS_WRITE, requireWriteScope } from "./scopes";

const PATH = "/crm/v3/objects/goal_targets";
/** HubSpot's batch size for reads and writes. */
const BATCH_SIZE = 100;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH_SIZE) out.push(items.slice(i, i + BATCH_SIZE));
  return out;
}

export interface FreshRead {
  records: RecordWithHistory[];
  /** Ids HubSpot does not have in this portal (or has archived). */
  missing: string[];
}

/**
 * What HubSpot holds right now for these targets, 100 a call, never from the cache: the conflict
 * check and the history must not see an answer from before a colleague's write.
 */
export async function readTargetsNow(ctx: PortalContext, ids: readonly string[], properties: readonly string[], propertiesWithHistory: readonly string[] = []): Promise<FreshRead> {
  const records: RecordWithHistory[] = [];
  const missing: string[] = [];
  for (const part of chunks([...new Set(ids)])) {
    const answer = await callHubSpot(ctx, {
      op: "goal_targets.batchRead",
      method: "POST",
      path: `${PATH}/batch/read`,
      body: { inputs: part.map((id) => ({ id })), properties, propertiesWithHistory },
      kind: "standard",
      schema: batchAnswer,
      scope: GOALS_READ,
    });
    records.push(...answer.results);
    const found = new Set(answer.results.map((record) => record.id));
    missing.push(...part.filter((id) => !found.has(id)));
  }
  return { records, missing };
}

export interface TargetWrite {
  id: string;
  properties: Record<string, string>;
}

export type WriteOutcome =
  | { id: string; status: "applied"; record: RecordWithHistory }
  /** HubSpot refused this target (a rule, a validation); nothing was written to it. */
  | { id: string; status: "failed"; message: string; category?: string; correlationId?: string }
  /** The call failed in a way that leaves it open whether HubSpot wrote it: read it back to know. */
  | { id: string; status: "unknown"; message: string; correlationId?: string };

/** Errors after which no further batch of the same write can succeed now. */
const STOPPING = new Set(["SESSION_EXPIRED", "MISSING_SCOPE", "DAILY_LIMIT", "RATE_LIMITED", "UPSTREAM_BUSY"]);

const traceOf = (traceBase: string, id: string) => `${traceBase}:${id}`;

function failureOf(error: BatchError): { message: string; category?: string } {
  const detail = error.errors?.map((e) => e.message).filter(Boolean).join(" ");
  return { message: detail || error.message || "HubSpot refused this change.", category: error.category };
}

/**
 * Writes targets with batch/update, 100 a call through the portal's budget. Every input carries an
 * objectWriteTraceId, so HubSpot applies each on its own and a 207 says which failed and why;
 * a call that fails as a whole marks its targets failed (HubSpot refused it) or unknown (it may
 * have been written), and one that cannot succeed now stops the rest, which are not sent.
 */
export async function updateGoalTargets(ctx: PortalContext, writes: readonly TargetWrite[], traceBase: string): Promise<WriteOutcome[]> {
  requireWriteScope(ctx);
  const outcomes: WriteOutcome[] = [];
  let stopped: AppError | undefined;
  for (const part of chunks(writes)) {
    if (stopped) {
      outcomes.push(...part.map((w) => ({ id: w.id, status: "failed" as const, message: `Not sent: ${stopped!.message}` })));
      continue;
    }
    try {
      const answer = await callHubSpot(ctx, {
        op: "goal_targets.batchUpdate",
        method: "POST",
        path: `${PATH}/batch/update`,
        body: { inputs: part.map((w) => ({ id: w.id, properties: w.properties, objectWriteTraceId: traceOf(traceBase, w.id) })) },
        kind: "standard",
        schema: batchAnswer,
        scope: GOALS_WRITE,
      });
      outcomes.push(...settle(part, answer.results, answer.errors ?? [], traceBase));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const refused = error.status < 500;
      if (STOPPING.has(error.code)) stopped = error;
      outcomes.push(
        ...part.map((w): WriteOutcome =>
          refused
            ? { id: w.id, status: "failed", message: error.message, correlationId: error.extra.correlationId }
            : { id: w.id, status: "unknown", message: error.message, correlationId: error.extra.correlationId },
        ),
      );
    }
  }
  await portalCache().forgetPortal(ctx.portalId);
  return outcomes;
}

function settle(part: readonly TargetWrite[], results: readonly RecordWithHistory[], errors: readonly BatchError[], traceBase: string): WriteOutcome[] {
  const applied = new Map(results.map((record) => [record.id, record]));
  const failed = new Map<string, { message: string; category?: string }>();
  for (const error of errors) {
    const ids = [...(error.context?.objectWriteTraceId ?? []).map((trace) => trace.slice(traceBase.length + 1)), ...(error.context?.id ?? []), ...(error.context?.ids ?? [])];
    for (const id of ids) failed.set(id, failureOf(error));
  }
  return part.map((w): WriteOutcome => {
    const record = applied.get(w.id);
    if (record) return { id: w.id, status: "applied", record };
    const failure = failed.get(w.id);
    if (failure) return { id: w.id, status: "failed", ...failure };
    return { id: w.id, status: "unknown", message: "HubSpot's answer did not mention this target." };
  });
}
