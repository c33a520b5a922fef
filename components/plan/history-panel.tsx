"use client";

import { useMemo } from "react";
import type { HistoryEntryView } from "@/lib/contracts/plan";
import { useTargetHistory } from "@/lib/client/use-plan";
import { ErrorState } from "@/components/states/error-state";
import { BlockSkeleton } from "@/components/states/skeleton";
import { groupDigits } from "./format";

interface Props {
  targetId: string;
  /** What the target is, for the heading ("Ava Thompson · Mar 2026"). */
  title: string;
  timeZone: string;
  canEdit: boolean;
  /** Puts the value this change replaced back, through the same review as any edit. */
  onRevert: (entry: HistoryEntryView & { previous: string }) => void;
}

/** A cleared amount is recorded as "". */
const shown = (value: string) => (value === "" ? "(none)" : groupDigits(value));

/** Who changed the target amount, when, from what to what (HubSpot's property history), newest first. */
export function HistoryPanel({ targetId, title, timeZone, canEdit, onRevert }: Props) {
  const history = useTargetHistory(targetId);
  const when = useMemo(() => new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone }), [timeZone]);
  return (
    <section aria-labelledby="history-heading" className="space-y-2 rounded-xl border border-line bg-surface p-4" data-testid="history">
      <h2 id="history-heading" className="text-base font-semibold">
        History of the target <span className="font-normal text-fg-subtle">· {title}</span>
      </h2>
      {history.isPending ? (
        <BlockSkeleton className="h-20" label="Loading history" />
      ) : history.isError ? (
        <ErrorState error={history.error} onRetry={() => void history.refetch()} what="this target's history" />
      ) : history.data.entries.length === 0 ? (
        <p className="text-sm text-fg-muted">HubSpot has no recorded value for this target.</p>
      ) : (
        <ol className="divide-y divide-line text-sm">
          {history.data.entries.map((entry, i) => (
            <li key={`${entry.at}-${i}`} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid="history-entry" data-value={entry.value} data-previous={entry.previous ?? ""}>
              <div>
                <p className="tabular-nums text-fg">
                  {entry.previous === null ? (
                    <>Set to {shown(entry.value)}</>
                  ) : (
                    <>
                      {shown(entry.previous)} → <strong>{shown(entry.value)}</strong>
                    </>
                  )}
                  {i === 0 && <span className="ml-2 rounded bg-surface-muted px-1.5 text-xs text-fg-muted">current</span>}
                </p>
                <p className="text-xs text-fg-subtle">
                  {entry.who} · {when.format(new Date(entry.at))}
                </p>
              </div>
              {canEdit && entry.previous !== null && entry.previous !== "" && (
                <button
                  type="button"
                  className="rounded-md border border-line-strong px-2 py-1 text-xs font-medium hover:bg-surface-subtle"
                  onClick={() => onRevert({ ...entry, previous: entry.previous! })}
                  data-testid="history-revert"
                >
                  Revert this change
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
