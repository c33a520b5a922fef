"use client";

import type { DatasetMeta } from "@/lib/contracts/goals";
import type { Target } from "@/lib/goals/model";
import { useGoalsDataset } from "@/lib/client/use-goals-dataset";
import { ErrorState } from "./error-state";
import { LoadingProgress } from "./loading-progress";

export type ReadyDataset = DatasetMeta & { targets: readonly Target[] };

interface Props {
  archived: boolean;
  /** Shown while nothing has arrived yet, and under the progress bar of a large portal. */
  skeleton: React.ReactNode;
  /** What is being loaded, for the error heading ("your goals"). */
  what: string;
  children: (data: ReadyDataset) => React.ReactNode;
}

/**
 * The portal's dataset or the state that stands in for it: skeleton, load progress, or an error
 * that says what to do. Every page built on the whole dataset goes through here.
 */
export function DatasetGate({ archived, skeleton, what, children }: Props) {
  const dataset = useGoalsDataset(archived);
  if (dataset.isPending) return skeleton;
  if (dataset.isError) return <ErrorState error={dataset.error} onRetry={() => void dataset.refetch()} what={what} />;
  if (dataset.data.status === "loading") {
    return (
      <div className="space-y-4">
        <LoadingProgress loaded={dataset.data.loaded} total={dataset.data.total} />
        {skeleton}
      </div>
    );
  }
  return children(dataset.data);
}
