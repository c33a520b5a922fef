"use client";

import { useMemo } from "react";
import type { DatasetMeta } from "@/lib/contracts/goals";
import type { GoalFilters } from "@/lib/goals/filters";
import type { Target } from "@/lib/goals/model";
import { planGantt } from "@/lib/goals/timeline-bars";
import { measureOptions, periodModel, pickMeasure } from "@/lib/goals/timeline-periods";
import { portalFiscalOffset, resolveRange } from "@/lib/goals/timeline-range";
import { planPeriods } from "@/lib/goals/timeline-scale";
import { selectTimeline } from "@/lib/goals/timeline-select";
import { useDatasetGoals } from "@/components/goals/use-goal-list";
import type { TimelineView } from "./use-timeline-view";

/**
 * Everything the timeline draws, derived in memoised stages: grouping and names once per dataset,
 * the selection once per filter or range change, each chart's plan only when its own options move.
 */
export function useTimelineModel(data: DatasetMeta & { targets: readonly Target[] }, filters: GoalFilters, view: TimelineView, renderedAt?: number) {
  const { goals, index, now, options } = useDatasetGoals(data, renderedAt);
  const timeZone = data.account.timeZone;
  const fiscalYearOffset = useMemo(() => portalFiscalOffset(data.targets), [data.targets]);
  const range = useMemo(
    () => resolveRange({ preset: view.range, from: view.from, to: view.to }, now, timeZone, fiscalYearOffset),
    [view.range, view.from, view.to, now, timeZone, fiscalYearOffset],
  );
  const selection = useMemo(
    () => selectTimeline(goals, filters, { now, directoryIndex: index, timeZone }, range),
    [goals, filters, now, index, timeZone, range],
  );
  const expanded = useMemo(() => new Set(view.open), [view.open]);
  const gantt = useMemo(
    () => planGantt(selection.goals, { range, now, timeZone, directory: index, limit: view.goals, expanded, scheduleIds: selection.scheduleIds }),
    [selection, range, now, timeZone, index, view.goals, expanded],
  );
  const periods = useMemo(() => planPeriods(range, view.bucket, timeZone, fiscalYearOffset), [range, view.bucket, timeZone, fiscalYearOffset]);
  const measures = useMemo(() => measureOptions(selection.targets), [selection.targets]);
  const measure = pickMeasure(measures, view.measure);
  const chart = useMemo(
    () => (measure ? periodModel(selection.targets, periods.buckets, measure, view.group, index, { progressUntil: now, level: view.level }) : null),
    [measure, selection.targets, periods.buckets, view.group, index, now, view.level],
  );
  return { now, index, options, fiscalYearOffset, range, selection, gantt, periods, measures, measure, chart };
}

export type TimelineModel = ReturnType<typeof useTimelineModel>;
