"use client";

import { useEffect, useRef, useState } from "react";
import { type ApplyResult, type ChangeInput, type DryRunResponse, MAX_APPLY_CHANGES } from "@/lib/contracts/plan";
import { ApiError } from "@/lib/client/api";
import { applyChanges, dryRun } from "@/lib/client/use-plan";
import { groupDigits, shownAggregate, signed } from "./format";

export type ConflictChoice = { keep: "mine"; now: string; nowVersion: string } | { keep: "theirs" };

export interface AppliedSummary {
  applyId: string;
  results: ApplyResult[];
  /** HubSpot's amount before this apply, for each target it changed: what "undo" writes back. */
  before: Record<string, string>;
}

interface Props {
  goalId: string;
  changes: ChangeInput[];
  /** "Ava Thompson · Mar 2026" for a target id. */
  describe: (targetId: string) => string;
  /** The user settled a conflict; the parent updates its changes, and the review runs again. */
  onConflict: (targetId: string, choice: ConflictChoice) => void;
  onApplied: (summary: AppliedSummary) => void;
  onClose: () => void;
}

type Phase =
  | { kind: "checking" }
  | { kind: "review"; review: DryRunResponse }
  | { kind: "applying"; done: number; total: number }
  | { kind: "done"; results: ApplyResult[] }
  | { kind: "error"; message: string; recheck?: boolean };

const messageOf = (error: unknown) => (error instanceof ApiError ? error.message : "Goalboard could not be reached. Check your connection and try again.");
const th = "px-2 py-1.5 text-left font-medium text-fg-muted";
const td = "px-2 py-1.5 border-t border-line";
const num = `${td} text-right tabular-nums`;

/**
 * Review, then apply: a dry run against HubSpot's values now (old → new per target, totals, the
 * family's rules, conflicts with changes made since the grid loaded), then the write in batches of
 * 100 with progress, then what happened to each target.
 */
export function ReviewDialog({ goalId, changes, describe, onConflict, onApplied, onClose }: Props) {
  const [checked, setChecked] = useState<{ key: string; outcome: Phase } | null>(null);
  const [written, setPhase] = useState<Phase | null>(null);
  const [notify, setNotify] = useState(false);
  const [round, setRound] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const key = `${round}:${JSON.stringify(changes)}`;
  const phase: Phase =
    written ?? (changes.length === 0 ? { kind: "error", message: "There is nothing left to apply." } : checked?.key === key ? checked.outcome : { kind: "checking" });
  const busy = phase.kind === "applying" || phase.kind === "checking";

  useEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    if (changes.length === 0) return;
    let live = true;
    dryRun(goalId, changes).then(
      (review) => live && setChecked({ key, outcome: { kind: "review", review } }),
      (error) => live && setChecked({ key, outcome: { kind: "error", message: messageOf(error) } }),
    );
    return () => {
      live = false;
    };
    // `key` stands for `changes`: a new array with the same content needs no second dry run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [goalId, key]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && !busy) onClose();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [busy, onClose]);

  const recheck = () => {
    setPhase(null);
    setRound((n) => n + 1);
  };

  const apply = async (review: DryRunResponse) => {
    const applyId = crypto.randomUUID();
    const before = Object.fromEntries(review.changes.map((change) => [change.targetId, change.before]));
    const results: ApplyResult[] = [];
    setPhase({ kind: "applying", done: 0, total: changes.length });
    for (let i = 0; i < changes.length; i += MAX_APPLY_CHANGES) {
      const part = changes.slice(i, i + MAX_APPLY_CHANGES);
      try {
        const answer = await applyChanges(goalId, { changes: part, notify, applyId });
        results.push(...answer.results);
      } catch (error) {
        const applied = results.filter((r) => r.status === "applied").length;
        if (results.length) onApplied({ applyId, results, before });
        const conflict = error instanceof ApiError && error.code === "CONFLICT";
        setPhase({ kind: "error", message: `${messageOf(error)}${applied ? ` ${applied} changes sent before this were applied; the grid shows HubSpot's values now.` : conflict ? "" : " Nothing was written."}`, recheck: conflict });
        return;
      }
      setPhase({ kind: "applying", done: Math.min(changes.length, i + part.length), total: changes.length });
    }
    onApplied({ applyId, results, before });
    setPhase({ kind: "done", results });
  };

  return (
    <div className="fixed inset-0 z-50 flex items-start justify-center overflow-y-auto bg-overlay p-4" data-testid="review-dialog">
      <div role="dialog" aria-modal="true" aria-labelledby="review-heading" className="w-full max-w-3xl space-y-4 rounded-xl bg-surface p-5 shadow-xl">
        <div className="flex items-start justify-between gap-3">
          <h2 id="review-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
            {phase.kind === "done" ? "Applied to HubSpot" : phase.kind === "applying" ? "Applying to HubSpot…" : "Review changes before applying"}
          </h2>
          <button type="button" onClick={onClose} disabled={busy} className="rounded-md border border-line-strong px-3 py-1 text-sm disabled:opacity-50">
            {phase.kind === "done" ? "Close" : "Cancel"}
          </button>
        </div>

        {phase.kind === "checking" && (
          <p role="status" className="text-fg-muted">
            Checking {changes.length} {changes.length === 1 ? "change" : "changes"} against HubSpot&apos;s values now…
          </p>
        )}

        {phase.kind === "error" && (
          <div role="alert" className="space-y-2 rounded-lg border border-danger-border bg-danger-bg p-3 text-danger-fg" data-testid="review-error">
            <p>{phase.message}</p>
            {phase.recheck && (
              <button type="button" onClick={recheck} className="rounded-md bg-danger-solid px-3 py-1.5 text-sm font-medium text-on-fill" data-testid="review-again">
                Review again
              </button>
            )}
          </div>
        )}

        {phase.kind === "review" && <Review review={phase.review} describe={describe} onConflict={onConflict} notify={notify} setNotify={setNotify} onApply={() => void apply(phase.review)} />}

        {phase.kind === "applying" && (
          <div className="space-y-2">
            <div role="progressbar" aria-label="Changes applied" aria-valuemin={0} aria-valuemax={phase.total} aria-valuenow={phase.done} className="h-3 overflow-hidden rounded-full bg-surface-strong">
              <div className="h-full bg-accent transition-all" style={{ width: `${phase.total ? (100 * phase.done) / phase.total : 100}%` }} />
            </div>
            <p role="status" data-testid="apply-progress">
              Applied {phase.done} of {phase.total}
            </p>
          </div>
        )}

        {phase.kind === "done" && <Outcome results={phase.results} describe={describe} />}
      </div>
    </div>
  );
}

function Review({ review, describe, onConflict, notify, setNotify, onApply }: { review: DryRunResponse; describe: Props["describe"]; onConflict: Props["onConflict"]; notify: boolean; setNotify: (v: boolean) => void; onApply: () => void }) {
  const errors = review.problems.filter((p) => p.severity === "error");
  const warnings = review.problems.filter((p) => p.severity === "warning");
  return (
    <div className="space-y-4" data-testid="dry-run">
      {errors.length > 0 && (
        <div role="alert" className="rounded-lg border border-danger-border bg-danger-bg p-3 text-sm text-danger-fg" data-testid="dry-run-errors">
          <p className="font-semibold">HubSpot&apos;s rules for this goal stop these changes:</p>
          <ul className="mt-1 list-disc pl-5">
            {errors.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      {warnings.length > 0 && (
        <div className="rounded-lg border border-warning-border bg-warning-bg p-3 text-sm text-warning-fg" data-testid="dry-run-warnings">
          <p className="font-semibold">Already wrong in HubSpot (Goalboard changes amounts only and leaves these as they are):</p>
          <ul className="mt-1 list-disc pl-5">
            {warnings.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}
      {review.conflicts.length > 0 && (
        <section aria-labelledby="conflicts-heading" className="space-y-2 rounded-lg border border-warning-border p-3" data-testid="conflicts">
          <h3 id="conflicts-heading" className="font-semibold text-warning-fg">
            Changed in HubSpot since you loaded the plan ({review.conflicts.length})
          </h3>
          <p className="text-sm text-fg-muted">These are not written until you choose, target by target.</p>
          <table className="w-full text-sm">
            <thead>
              <tr>
                <th className={th}>Target</th>
                <th className={`${th} text-right`}>When you loaded</th>
                <th className={`${th} text-right`}>Yours</th>
                <th className={`${th} text-right`}>HubSpot now</th>
                <th className={th}>
                  <span className="sr-only">Choice</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {review.conflicts.map((c) => (
                <tr key={c.targetId} data-testid="conflict" data-target-id={c.targetId}>
                  <td className={td}>{describe(c.targetId)}</td>
                  <td className={num}>{groupDigits(c.base)}</td>
                  <td className={num} data-testid="conflict-yours">{groupDigits(c.yours)}</td>
                  <td className={num} data-testid="conflict-now">{groupDigits(c.now)}</td>
                  <td className={`${td} space-x-2 whitespace-nowrap text-right`}>
                    <button type="button" className="rounded border border-line-strong px-2 py-0.5" onClick={() => onConflict(c.targetId, { keep: "theirs" })}>
                      Keep HubSpot&apos;s
                    </button>
                    <button type="button" className="rounded border border-line-strong px-2 py-0.5" onClick={() => onConflict(c.targetId, { keep: "mine", now: c.now, nowVersion: c.nowVersion })}>
                      Use mine
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <section aria-labelledby="changes-heading" className="space-y-2">
        <h3 id="changes-heading" className="font-semibold">
          {review.changes.length} {review.changes.length === 1 ? "change" : "changes"} to write
        </h3>
        {review.changes.length > 0 && (
          <div className="max-h-72 overflow-y-auto rounded-lg border border-line">
            <table className="w-full text-sm" data-testid="dry-run-changes">
              <thead className="sticky top-0 bg-surface-subtle">
                <tr>
                  <th className={th}>Target</th>
                  <th className={`${th} text-right`}>HubSpot now</th>
                  <th className={`${th} text-right`}>New</th>
                  <th className={`${th} text-right`}>Change</th>
                </tr>
              </thead>
              <tbody>
                {review.changes.map((c) => (
                  <tr key={c.targetId} data-testid="dry-run-change" data-target-id={c.targetId} data-before={c.before} data-after={c.after}>
                    <td className={td}>{describe(c.targetId)}</td>
                    <td className={num}>{groupDigits(c.before)}</td>
                    <td className={num}>{groupDigits(c.after)}</td>
                    <td className={num}>{signed(c.delta)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="text-sm text-fg" data-testid="dry-run-totals">
          Goal {review.aggregate === "mean" ? "average" : "total"}: {shownAggregate(review.totals.before, review.aggregate)} → <strong>{shownAggregate(review.totals.after, review.aggregate)}</strong>
        </p>
      </section>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={notify} onChange={(e) => setNotify(e.target.checked)} data-testid="notify" />
        Notify the assignees in HubSpot about these edits
      </label>
      {review.conflicts.length > 0 && (
        <p className="text-sm font-medium text-warning-fg" data-testid="conflicts-pending">
          Choose for each target changed in HubSpot before applying.
        </p>
      )}
      <button
        type="button"
        onClick={onApply}
        disabled={!review.canApply || review.changes.length === 0 || review.conflicts.length > 0}
        className="rounded-md bg-accent px-4 py-2 font-medium text-on-fill hover:bg-accent-hover disabled:cursor-not-allowed disabled:opacity-50"
        data-testid="apply"
      >
        Apply {review.changes.length} {review.changes.length === 1 ? "change" : "changes"} to HubSpot
      </button>
    </div>
  );
}

function Outcome({ results, describe }: { results: ApplyResult[]; describe: Props["describe"] }) {
  const applied = results.filter((r) => r.status === "applied").length;
  const failed = results.filter((r) => r.status === "failed");
  return (
    <div className="space-y-3" data-testid="apply-outcome">
      <p role="status" className="font-medium" data-testid="apply-summary">
        {applied} applied{failed.length ? `, ${failed.length} failed` : ""}. The grid shows HubSpot&apos;s values now{failed.length ? "; the failed ones stay in the grid as edits" : ""}.
      </p>
      {failed.length > 0 && (
        <table className="w-full text-sm" data-testid="apply-failures">
          <thead>
            <tr>
              <th className={th}>Target</th>
              <th className={th}>Why HubSpot refused it</th>
            </tr>
          </thead>
          <tbody>
            {failed.map((r) => (
              <tr key={r.targetId} data-testid="apply-failure" data-target-id={r.targetId}>
                <td className={td}>{describe(r.targetId)}</td>
                <td className={td}>{r.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
