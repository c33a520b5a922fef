"use client";

import { useQueryClient } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useState } from "react";
import type { ChangeInput, HistoryEntryView } from "@/lib/contracts/plan";
import { useTargetHistory } from "@/lib/client/use-plan";
import { usePortal } from "@/lib/client/portal";
import { HistoryPanel } from "./history-panel";

// The review is needed only once someone reverts a change, so its code loads then (bench section 4:
// the target page's first-load JS 1.9 KiB gzip less). Until it is in, the page is dimmed as the dialog will dim it.
const ReviewDialog = dynamic(() => import("./review-dialog").then((m) => m.ReviewDialog), {
  ssr: false,
  loading: () => <div className="fixed inset-0 z-50 bg-overlay" role="status" aria-label="Opening the review" />,
});

interface Props {
  targetId: string;
  /** The target's goal: a revert goes through its dry run. */
  goalId: string;
  title: string;
  timeZone: string;
}

/**
 * A target page's amount history, with "revert this change" where the user may edit. A revert is a
 * one-target plan: the same dry run, conflict check and apply as the plan view.
 */
export function TargetHistory({ targetId, goalId, title, timeZone }: Props) {
  const { portalId } = usePortal();
  const queryClient = useQueryClient();
  const history = useTargetHistory(targetId);
  const [revert, setRevert] = useState<ChangeInput | null>(null);
  const canEdit = history.data?.canEdit ?? false;
  const start = (entry: HistoryEntryView & { previous: string }) => {
    if (!history.data) return;
    setRevert({ targetId, amount: entry.previous, version: history.data.version, base: history.data.amount });
  };
  return (
    <>
      <HistoryPanel targetId={targetId} title={title} timeZone={timeZone} canEdit={canEdit} onRevert={start} />
      {revert && (
        <ReviewDialog
          goalId={goalId}
          changes={[revert]}
          describe={() => title}
          onConflict={(_, choice) => setRevert(choice.keep === "mine" ? { ...revert, version: choice.nowVersion, base: choice.now } : null)}
          onApplied={() => void queryClient.invalidateQueries({ queryKey: ["portal", portalId] })}
          onClose={() => setRevert(null)}
        />
      )}
    </>
  );
}
