"use client";

import { useMemo, useState } from "react";
import type { GoalFamilyResponse } from "@/lib/contracts/goals";
import { indexDirectory, resolveAssignee } from "@/lib/goals/assignees";
import { assigneesOf, dayRange, goalOf, goalView } from "@/lib/goals/goal-view";
import { groupGoals } from "@/lib/goals/group";
import { useGoalFamily } from "@/lib/client/use-goal-family";
import { ChartSection } from "@/components/charts/chart-section";
import { GoalHistory } from "@/components/history/goal-history";
import { GoalLeaderboard } from "@/components/leaderboard/goal-leaderboard";
import { ProjectionSummary } from "@/components/projection/projection-summary";
import { useRiskThreshold } from "@/components/projection/risk-param";
import { useFormatters } from "@/components/format/use-formatters";
import { ErrorState } from "@/components/states/error-state";
import { BlockSkeleton, TableSkeleton } from "@/components/states/skeleton";
import { AssigneePeriods } from "./assignee-periods";
import { GoalFacts, GoalTitle } from "./goal-header";
import { StandingSummary } from "./standing-summary";
import { ViewControls } from "./view-controls";
import { useDocumentTitle } from "./use-document-title";
import { useGoalViewState } from "./view-state";

const LAYOUT_END = "goal-layout-end";

interface Props {
  goalId: string;
  /** The server's clock at render time, so the HTML and the hydrated page judge pace at one instant. */
  renderedAt: number;
}

export function GoalDetail({ goalId, renderedAt }: Props) {
  const family = useGoalFamily(goalId);
  if (family.isPending) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">Goal</h1>
        <BlockSkeleton className="h-32" label="Loading goal" />
        <TableSkeleton label="Loading periods" />
      </div>
    );
  }
  if (family.isError) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">Goal</h1>
        <ErrorState error={family.error} onRetry={() => void family.refetch()} what="this goal" />
      </div>
    );
  }
  return <GoalReady data={family.data} goalId={goalId} renderedAt={renderedAt} />;
}

function GoalReady({ data, goalId, renderedAt }: { data: GoalFamilyResponse; goalId: string; renderedAt: number }) {
  const fmt = useFormatters(data.account);
  const [now] = useState(renderedAt);
  const [view, setView] = useGoalViewState();
  const { threshold } = useRiskThreshold();
  const index = useMemo(() => indexDirectory(data.directory), [data.directory]);
  const goal = useMemo(() => goalOf(groupGoals(data.targets), goalId), [data.targets, goalId]);
  const assignees = useMemo(() => (goal ? assigneesOf(goal, index) : []), [goal, index]);
  const timeZone = data.account.timeZone;
  const range = useMemo(() => dayRange(view.from, view.to, timeZone), [view.from, view.to, timeZone]);
  const selection = useMemo(
    () => (goal ? goalView(goal, assignees, { assignee: view.assignee, range }, { now, timeZone }) : null),
    [goal, assignees, view.assignee, range, now, timeZone],
  );
  const leftOutNames = useMemo(() => selection?.standing.leftOut.assignees.map((a) => resolveAssignee(a.assignee, index).name) ?? [], [selection, index]);
  useDocumentTitle(goal ? goal.name || "(unnamed goal)" : null);

  if (!goal || !selection) {
    return (
      <section role="alert" className="rounded-xl border border-line-strong bg-surface p-6">
        <h1 className="text-2xl font-semibold">Goal {goalId}</h1>
        <p className="mt-2 text-fg-muted">HubSpot returned this goal&apos;s targets without usable dates, so there is nothing to show.</p>
      </section>
    );
  }

  const single = selection.groups.length === 1 ? selection.groups[0].assignee.name : null;
  // On a phone the first screen is where everyone stands, then the chart and the periods; what the
  // goal is and the view's controls follow them.
  return (
    <div className="flex flex-col gap-6">
      {/* The phone's order (below) is not the HTML's: painted before the HTML is all in, the facts
          and controls showed first and were then pushed off screen (a layout shift of 0.48 in a
          third of Lighthouse's mobile runs). So the browser paints nothing of the page until it has
          the whole of this column. */}
      <link rel="expect" href={`#${LAYOUT_END}`} blocking="render" />
      <GoalTitle goal={goal} />
      <GoalFacts goal={goal} pipelines={data.pipelines ?? []} assignees={assignees} index={index} fmt={fmt} className="max-md:order-6" />
      <div className="max-md:order-3">
        <ViewControls goal={goal} assignees={assignees} view={view} setView={setView} range={range} unknownAssignee={selection.unknownAssignee} timeZone={timeZone} />
      </div>
      {selection.targets.length === 0 ? (
        <p className="rounded-xl border border-line bg-surface p-4 text-fg-muted max-md:order-1" data-testid="no-periods">
          No periods of this goal fall in the chosen dates.
        </p>
      ) : (
        <>
          <section aria-labelledby="standing-heading" className="space-y-2 max-md:order-1" data-testid="standing" data-now={now}>
            <h2 id="standing-heading" className="text-lg font-semibold">
              Where {single ?? "everyone"} stands {range.start !== null || range.end !== null ? "in the chosen dates" : ""}
            </h2>
            <StandingSummary standing={selection.standing} unit={goal.unit} currency={goal.currency} fmt={fmt} leftOutNames={leftOutNames} />
            <ProjectionSummary standing={selection.standing} unit={goal.unit} currency={goal.currency} fmt={fmt} threshold={threshold} />
          </section>
          <div className="max-md:order-2">
            <ChartSection standing={selection.standing} now={now} fmt={fmt} heading={`Target versus date${single ? `: ${single}` : ""}`} headingId="chart-heading" leftOutNames={leftOutNames} figuresAt="The tables below list every figure." />
          </div>
          <div className="flex flex-col gap-6 max-md:order-5">
            <GoalLeaderboard goal={goal} index={index} range={range} now={now} fmt={fmt} threshold={threshold} />
            <GoalHistory goal={goal} index={index} now={now} fmt={fmt} />
          </div>
          <section aria-labelledby="periods-heading" className="space-y-4 max-md:order-4">
            <h2 id="periods-heading" className="text-lg font-semibold">
              Periods by assignee
            </h2>
            {selection.groups
              .filter((group) => group.periods.length > 0)
              .map((group, i) => (
                <AssigneePeriods key={group.assignee.key} view={group} fmt={fmt} headingId={`assignee-${i}`} />
              ))}
          </section>
        </>
      )}
      <div id={LAYOUT_END} hidden />
    </div>
  );
}
