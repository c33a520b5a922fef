"use client";

import { type GoalPageAnswer, goalPageState, type GoalPageState } from "@/lib/goals/views/goal-page-state";
import { useGoalPage } from "@/lib/client/use-goal-page";
import { useViewState } from "@/lib/client/use-view-state";
import { ChartSection } from "@/components/charts/chart-section";
import { GoalHistory } from "@/components/history/goal-history";
import { GoalLeaderboard } from "@/components/leaderboard/goal-leaderboard";
import { ProjectionSummary } from "@/components/projection/projection-summary";
import { ErrorState } from "@/components/states/error-state";
import { BlockSkeleton, TableSkeleton } from "@/components/states/skeleton";
import { AssigneePeriods } from "./assignee-periods";
import { GoalFacts, GoalTitle } from "./goal-header";
import { StandingSummary } from "./standing-summary";
import { ViewControls } from "./view-controls";
import { useDocumentTitle } from "./use-document-title";

const LAYOUT_END = "goal-layout-end";

/** One goal as the server computed it for the view in the URL (/api/views/goal/[goalId]); this only displays. */
export function GoalDetail({ goalId }: { goalId: string }) {
  const { state, query, set } = useViewState(goalPageState);
  const answer = useGoalPage(goalId, query);
  if (answer.isPending) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">Goal</h1>
        <BlockSkeleton className="h-32" label="Loading goal" />
        <TableSkeleton label="Loading periods" />
      </div>
    );
  }
  if (answer.isError) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">Goal</h1>
        <ErrorState error={answer.error} onRetry={() => void answer.refetch()} what="this goal" />
      </div>
    );
  }
  return <GoalReady data={answer.data} goalId={goalId} state={state} set={set} />;
}

function GoalReady({ data, goalId, state, set }: { data: GoalPageAnswer; goalId: string; state: GoalPageState; set: (patch: Partial<GoalPageState>) => void }) {
  const page = data.goal;
  useDocumentTitle(page ? page.head.name || "(unnamed goal)" : null);

  if (!page) {
    return (
      <section role="alert" className="rounded-xl border border-line-strong bg-surface p-6">
        <h1 className="text-2xl font-semibold">Goal {goalId}</h1>
        <p className="mt-2 text-fg-muted">HubSpot returned this goal&apos;s targets without usable dates, so there is nothing to show.</p>
      </section>
    );
  }

  const { head: goal, selection } = page;
  const kind = { unit: goal.unit, currency: goal.currency, cadence: goal.cadence, direction: goal.direction };
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
      <GoalFacts goal={goal} creator={page.creator} pipelines={page.pipelines} assignees={page.assignees} text={page.headText} className="max-md:order-6" />
      <div className="max-md:order-3">
        <ViewControls assignees={page.assignees} days={page.days} view={state} setView={set} unknownAssignee={page.unknownAssignee} rangeIgnored={page.rangeIgnored} />
      </div>
      {selection === null ? (
        <p className="rounded-xl border border-line bg-surface p-4 text-fg-muted max-md:order-1" data-testid="no-periods">
          No periods of this goal fall in the chosen dates.
        </p>
      ) : (
        <>
          <section aria-labelledby="standing-heading" className="space-y-2 max-md:order-1" data-testid="standing" data-now={data.at}>
            <h2 id="standing-heading" className="text-lg font-semibold">
              Where {selection.single ?? "everyone"} stands {page.ranged ? "in the chosen dates" : ""}
            </h2>
            <StandingSummary standing={selection.figures} text={selection.text.standing} />
            <ProjectionSummary text={selection.text.projection} coveredTarget={selection.text.standing.coveredTarget} lower={goal.direction === "LOWER_IS_BETTER"} />
          </section>
          <div className="max-md:order-2">
            <ChartSection
              model={selection.chart}
              text={selection.text.chart}
              kind={kind}
              timeZone={data.account.timeZone}
              heading={`Target versus date${selection.single ? `: ${selection.single}` : ""}`}
              headingId="chart-heading"
            />
          </div>
          <div className="flex flex-col gap-6 max-md:order-5">
            {page.leaderboard && <GoalLeaderboard boards={page.leaderboard} goalName={goal.name} rankBy={state.rank} onRankBy={(rank) => set({ rank })} />}
            <GoalHistory history={page.history} goalName={goal.name} />
          </div>
          <section aria-labelledby="periods-heading" className="space-y-4 max-md:order-4">
            <h2 id="periods-heading" className="text-lg font-semibold">
              Periods by assignee
            </h2>
            {selection.groups.map((group, i) => (
              <AssigneePeriods key={group.assignee.key} view={group} headingId={`assignee-${i}`} />
            ))}
          </section>
        </>
      )}
      <div id={LAYOUT_END} hidden />
    </div>
  );
}
