"use client";

import { useMemo, useState } from "react";
import type { DatasetMeta } from "@/lib/contracts/goals";
import { indexDirectory } from "@/lib/goals/assignees";
import { groupGoals } from "@/lib/goals/group";
import type { Target } from "@/lib/goals/model";
import { goalRows } from "@/lib/goals/rows";

/**
 * The goals of a whole-portal dataset (the leaderboard, the wallboard's setup), their rows and the
 * directory index, computed once per dataset and judged at one instant: the server's, when it drew the page.
 */
export function useDatasetGoals(data: DatasetMeta & { targets: readonly Target[] }, renderedAt?: number) {
  const [now] = useState(() => renderedAt ?? Date.now());
  const index = useMemo(() => indexDirectory(data.directory), [data.directory]);
  const goals = useMemo(() => groupGoals(data.targets), [data.targets]);
  const timeZone = data.account.timeZone;
  const allRows = useMemo(() => goalRows(goals, { now, timeZone, directory: index }), [goals, now, timeZone, index]);
  return { now, index, goals, allRows };
}
