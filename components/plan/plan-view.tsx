"use client";

import Link from "next/link";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import type { PlanResponse } from "@/lib/contracts/plan";
import { planCsvColumns, pasteBlock } from "@/lib/goals/plan";
import { usePlan } from "@/lib/client/use-plan";
import { signInAgain } from "@/lib/client/api";
import { CopyLinkButton } from "@/components/goal-detail/copy-link-button";
import { useDocumentTitle } from "@/components/goal-detail/use-document-title";
import { CsvDownload } from "@/components/goals/csv-download";
import { usePortal } from "@/lib/client/portal";
import { ErrorState } from "@/components/states/error-state";
import { TableSkeleton } from "@/components/states/skeleton";
import { BulkTools } from "./bulk-tools";
import { CsvImport } from "./csv-import";
import { groupDigits, periodLabel } from "./format";
import { HistoryPanel } from "./history-panel";
import { useLastApply } from "./last-apply";
import { PlanGrid, type Position } from "./plan-grid";
import { type AppliedSummary, type ConflictChoice, ReviewDialog } from "./review-dialog";
import { usePlanEditor } from "./use-plan-editor";

export function PlanView({ goalId }: { goalId: string }) {
  const plan = usePlan(goalId);
  if (plan.isPending) return <TableSkeleton label="Loading the plan" />;
  if (plan.isError) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">Plan targets</h1>
        <ErrorState error={plan.error} onRetry={() => void plan.refetch()} what="this goal's plan" />
      </div>
    );
  }
  return <PlanReady data={plan.data} goalId={goalId} refetch={() => plan.refetch()} />;
}

function unitNote(data: PlanResponse): string {
  if (data.unit === "currency") return `amounts in ${data.currency ?? data.account.currency}`;
  if (data.unit === "duration") return `amounts in ${data.displayUnit ?? "HubSpot's unit"}s`;
  return "amounts are counts";
}

const toolbarButton = "rounded-md border border-line-strong bg-surface px-3 py-1.5 text-sm hover:bg-surface-subtle disabled:opacity-50";

function PlanReady({ data, goalId, refetch }: { data: PlanResponse; goalId: string; refetch: () => Promise<unknown> }) {
  const { portalId } = usePortal();
  const queryClient = useQueryClient();
  const editor = usePlanEditor(data);
  const { plan, draft, totals, changes } = editor;
  const [active, setActive] = useState<Position>({ row: 0, col: 0 });
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set(plan.rows.map((row) => row.key)));
  const [reviewing, setReviewing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [lastApply, rememberApply] = useLastApply(portalId, goalId);
  const editable = data.canEdit;
  useDocumentTitle(`Plan · ${data.name || "(unnamed goal)"}`);

  const describe = useCallback(
    (targetId: string) => {
      const target = data.targets.find((t) => t.id === targetId);
      return target ? `${data.names[target.assigneeKey] ?? target.assigneeKey} · ${periodLabel(target.start, target.end, data.cadence)}` : `Target ${targetId}`;
    },
    [data],
  );
  const activeTarget = plan.rows[active.row]?.cells[active.col] ?? null;

  const paste = (position: Position, text: string) => {
    const result = pasteBlock(plan, position.row, position.col, text);
    if (Object.keys(result.amounts).length) editor.change("Paste", result.amounts);
    const parts = [
      `Pasted ${Object.keys(result.amounts).length} ${Object.keys(result.amounts).length === 1 ? "cell" : "cells"}.`,
      result.skipped ? `${result.skipped} outside the grid or on periods without a target were left out.` : "",
      result.errors.length ? `Not amounts, left as they were: ${result.errors.join("; ")}.` : "",
    ];
    setNotice(parts.filter(Boolean).join(" "));
  };

  const onConflict = (targetId: string, choice: ConflictChoice) => {
    editor.settleConflict(targetId, choice);
    if (choice.keep === "theirs") void refetch();
  };

  const onApplied = (summary: AppliedSummary) => {
    const applied = summary.results.filter((r) => r.status === "applied");
    if (applied.length) {
      rememberApply({ applyId: summary.applyId, at: new Date().toISOString(), before: Object.fromEntries(applied.map((r) => [r.targetId, summary.before[r.targetId]])) });
    }
    // The plan, its histories and the goal's other views all show HubSpot's values now.
    void queryClient.invalidateQueries({ queryKey: ["portal", portalId] });
  };

  const undoLastApply = () => {
    if (!lastApply) return;
    editor.change("Undo the last apply", lastApply.before);
    setReviewing(true);
  };

  const toggleRow = (key: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const selectedRows = useMemo(() => plan.rows.map((row) => row.key).filter((key) => selected.has(key)), [plan.rows, selected]);

  return (
    <div className="space-y-5">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-sm text-fg-subtle">
            <Link href={`/goals/${goalId}`} prefetch={false} className="text-link underline">
              {data.name || "(unnamed goal)"}
            </Link>{" "}
            · {plan.rows.length} {plan.rows.length === 1 ? "assignee" : "assignees"} · {plan.periods.length} periods · {unitNote(data)}
          </p>
          <h1 className="text-2xl font-semibold">Plan targets</h1>
        </div>
        <CopyLinkButton />
      </header>

      {!editable && (
        <section role="note" className="rounded-xl border border-info-border bg-info-bg p-4 text-info-fg" data-testid="read-only-notice">
          <h2 className="font-semibold">You can view this plan but not change it</h2>
          <p className="mt-1 text-sm">
            Editing targets needs HubSpot&apos;s permission <code className="rounded bg-surface px-1">crm.objects.goals.write</code>, which your sign-in did not grant. Sign in again and keep
            that optional permission ticked on HubSpot&apos;s consent page; if it is not offered, ask a HubSpot super admin to approve it for Goalboard.
          </p>
          <button type="button" onClick={signInAgain} className="mt-3 rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-on-fill hover:bg-accent-hover">
            Sign in again for edit access
          </button>
        </section>
      )}

      {data.problems.length > 0 && (
        <section className="rounded-xl border border-warning-border bg-warning-bg p-4 text-sm text-warning-fg" data-testid="family-problems">
          <p className="font-semibold">HubSpot&apos;s data for this goal breaks its goal rules:</p>
          <ul className="mt-1 list-disc pl-5">
            {data.problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </section>
      )}

      <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label="Plan">
        {editable && (
          <>
            <button type="button" className={toolbarButton} onClick={editor.undo} disabled={draft.past.length === 0} data-testid="undo" title={draft.past.at(-1)?.label}>
              Undo
            </button>
            <button type="button" className={toolbarButton} onClick={editor.redo} disabled={draft.future.length === 0} data-testid="redo" title={draft.future[0]?.label}>
              Redo
            </button>
            <button type="button" className={toolbarButton} onClick={editor.discard} disabled={changes.length === 0} data-testid="discard">
              Discard changes
            </button>
          </>
        )}
        <CsvDownload rows={plan.rows} columns={planCsvColumns(plan, draft.values)} filename={`plan-${goalId}.csv`} />
        {editable && <CsvImport plan={plan} draft={draft.values} describe={describe} onImport={(amounts) => editor.change("Import CSV", amounts)} />}
        {editable && lastApply && (
          <button type="button" className={toolbarButton} onClick={undoLastApply} data-testid="undo-last-apply">
            Undo the last apply ({Object.keys(lastApply.before).length})
          </button>
        )}
        {editable && (
          <button
            type="button"
            onClick={() => setReviewing(true)}
            disabled={changes.length === 0}
            className="ml-auto rounded-md bg-accent px-4 py-1.5 text-sm font-medium text-on-fill hover:bg-accent-hover disabled:cursor-not-allowed disabled:opacity-50"
            data-testid="review"
          >
            Review {changes.length} {changes.length === 1 ? "change" : "changes"}
          </button>
        )}
      </div>

      {notice && (
        <p role="status" className="text-sm text-fg" data-testid="plan-notice">
          {notice}
        </p>
      )}

      <PlanGrid
        plan={plan}
        draft={draft.values}
        totals={totals}
        cadence={data.cadence}
        aggregate={data.aggregate}
        editable={editable}
        active={active}
        onActivate={setActive}
        selectedRows={selected}
        onToggleRow={toggleRow}
        onToggleAll={() => setSelected((current) => (current.size === plan.rows.length ? new Set() : new Set(plan.rows.map((row) => row.key))))}
        onEdit={editor.change}
        onPaste={paste}
        onUndo={editor.undo}
        onRedo={editor.redo}
      />
      {editable && (
        <p className="text-xs text-fg-subtle">
          Type to edit a cell; Enter or Tab to confirm and move on, Escape to cancel, Delete to put HubSpot&apos;s value back. Paste a block copied from a spreadsheet onto a cell. Ctrl+Z undoes, Ctrl+Y redoes.
        </p>
      )}

      <div className={editable ? "grid gap-5 lg:grid-cols-[2fr_1fr]" : "max-w-xl"}>
        {editable && <BulkTools plan={plan} draft={draft.values} lastYear={data.lastYear} selectedRows={selectedRows} averaged={data.aggregate === "mean"} onApply={editor.change} />}
        {activeTarget && (
          <div className="space-y-2">
            <p className="text-sm text-fg-muted" data-testid="last-year">
              Last year, same period:{" "}
              {data.lastYear[activeTarget.id]
                ? `target ${groupDigits(data.lastYear[activeTarget.id].target ?? "0")}, actual ${data.lastYear[activeTarget.id].actual === null ? "not known" : groupDigits(data.lastYear[activeTarget.id].actual!)}`
                : "no target in HubSpot"}
            </p>
          <HistoryPanel
            targetId={activeTarget.id}
            title={describe(activeTarget.id)}
            timeZone={data.account.timeZone}
            canEdit={editable}
            onRevert={(entry) => {
              editor.change(`Revert ${describe(activeTarget.id)}`, { [activeTarget.id]: entry.previous });
              setReviewing(true);
            }}
          />
          </div>
        )}
      </div>

      {reviewing && (
        <ReviewDialog
          goalId={goalId}
          changes={editor.changeInputs}
          describe={describe}
          onConflict={onConflict}
          onApplied={onApplied}
          onClose={() => setReviewing(false)}
        />
      )}
    </div>
  );
}
