"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import type { TargetResponse } from "@/lib/contracts/goals";
import { resolveAssignee } from "@/lib/goals/assignees";
import { compareTargets } from "@/lib/goals/group";
import type { Target } from "@/lib/goals/model";
import { standingOf } from "@/lib/goals/standing";
import { chartDivisor, chartModel } from "@/lib/goals/chart";
import { chartText, standingText } from "@/lib/goals/views/standing-text";
import { useGoalFamily } from "@/lib/client/use-goal-family";
import { useGoalTarget } from "@/lib/client/use-goal-target";
import { ChartSection } from "@/components/charts/chart-section";
import { useFormatters } from "@/components/format/use-formatters";
import { type Formatters } from "@/lib/goals/formatters";
import { CopyLinkButton } from "@/components/goal-detail/copy-link-button";
import { StandingSummary } from "@/components/goal-detail/standing-summary";
import { useDocumentTitle } from "@/components/goal-detail/use-document-title";
import { TargetHistory } from "@/components/plan/target-history";
import { ErrorState } from "@/components/states/error-state";
import { BlockSkeleton } from "@/components/states/skeleton";
import { goalIdOf } from "@/lib/goals/ids";
import { PropertyList } from "./property-list";
import { TargetFacts } from "./target-facts";
import { TargetTimeline } from "./target-timeline";

interface Props {
  targetId: string;
  /** The server's clock at render time, so the HTML and the hydrated page judge pace at one instant. */
  renderedAt: number;
}

export function TargetDetail({ targetId, renderedAt }: Props) {
  const target = useGoalTarget(targetId);
  const goalId = target.data ? goalIdOf(target.data) : null;
  const family = useGoalFamily(goalId);
  if (target.isPending) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">Goal target {targetId}</h1>
        <BlockSkeleton className="h-64" label="Loading goal target" />
      </div>
    );
  }
  if (target.isError) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">Goal target {targetId}</h1>
        <ErrorState error={target.error} onRetry={() => void target.refetch()} what="this goal target" />
      </div>
    );
  }
  return <TargetReady data={target.data} goalId={goalId} family={family} renderedAt={renderedAt} />;
}

interface ReadyProps {
  data: TargetResponse;
  goalId: string | null;
  family: ReturnType<typeof useGoalFamily>;
  renderedAt: number;
}

function TargetReady({ data, goalId, family, renderedAt }: ReadyProps) {
  const fmt = useFormatters(data.account);
  const [now] = useState(renderedAt);
  const target = data.target;
  const name = target?.name || data.record.properties.hs_goal_name || "(unnamed goal)";
  const schedule = useMemo(
    () => (target && family.data ? family.data.targets.filter((t) => t.scheduleId === target.scheduleId).sort(compareTargets) : []),
    [target, family.data],
  );
  const assigneeName = target && family.data ? resolveAssignee(target.assignee, family.data.directory).name : null;
  const createdBy = target?.createdByUserId && family.data ? resolveAssignee({ kind: "user", id: target.createdByUserId }, family.data.directory).name : null;
  useDocumentTitle(`${name} · target ${data.record.id}`);

  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <p className="text-sm text-fg-subtle">Goal target {data.record.id}</p>
            <h1 className="break-words text-2xl font-semibold" data-testid="target-title">
              {name}
              {data.record.archived && (
                <span className="ml-2 align-middle rounded bg-surface-strong px-1.5 text-xs font-medium" data-testid="target-archived">
                  Archived
                </span>
              )}
            </h1>
            {target && (
              <p className="mt-1 text-fg-muted" data-testid="target-subtitle">
                {assigneeName ?? "Assignee loading…"} · {fmt.period(target.start, target.end)}
              </p>
            )}
          </div>
          <CopyLinkButton />
        </div>
        {goalId && (
          <p>
            {/* No prefetch: each detail page reads HubSpot on the server, and prefetching a link would spend the portal's rate budget on pages nobody opens. */}
            <Link href={`/goals/${goalId}`} prefetch={false} className="font-medium text-link underline" data-testid="goal-link">
              Part of the goal “{name}”: open the goal
            </Link>
          </p>
        )}
      </header>

      {target ? (
        <TargetStanding target={target} schedule={schedule} assigneeName={assigneeName} family={family} now={now} fmt={fmt} />
      ) : (
        <p role="status" className="rounded-xl border border-warning-border bg-warning-bg p-4 text-warning-fg">
          HubSpot&apos;s dates for this target could not be read, so it has no place on a timeline. Its properties are under HubSpot properties below, as HubSpot sent them.
        </p>
      )}

      <section aria-labelledby="facts-heading" className="space-y-2">
        <h2 id="facts-heading" className="text-lg font-semibold">
          About this target
        </h2>
        <TargetFacts record={data.record} target={target} createdBy={createdBy} fmt={fmt} />
      </section>

      {goalId && !data.record.archived && (
        <TargetHistory targetId={data.record.id} goalId={goalId} title={target ? fmt.period(target.start, target.end) : `target ${data.record.id}`} timeZone={data.account.timeZone} />
      )}

      {/* Collapsed: raw values for whoever needs them (an admin, a support ticket), out of a manager's way. */}
      <details className="group rounded-xl border border-line bg-surface" data-testid="hubspot-properties">
        <summary className="flex min-h-11 cursor-pointer list-none flex-wrap items-baseline gap-x-2 px-4 py-2 [&::-webkit-details-marker]:hidden">
          <span aria-hidden="true" className="text-fg-subtle transition-transform group-open:rotate-90">
            ▸
          </span>
          <h2 className="text-lg font-semibold">HubSpot properties</h2>
          <span className="text-sm text-fg-subtle">{fmt.count(Object.keys(data.record.properties).length, "property", "properties")} as HubSpot sent them, times in UTC</span>
        </summary>
        <PropertyList record={data.record} />
      </details>
    </div>
  );
}

interface StandingProps {
  target: Target;
  schedule: Target[];
  assigneeName: string | null;
  family: ReturnType<typeof useGoalFamily>;
  now: number;
  fmt: Formatters;
}

function TargetStanding({ target, schedule, assigneeName, family, now, fmt }: StandingProps) {
  const own = useMemo(() => standingOf([target], { now, timeZone: fmt.timeZone }), [target, now, fmt.timeZone]);
  const all = useMemo(() => standingOf(schedule, { now, timeZone: fmt.timeZone }), [schedule, now, fmt.timeZone]);
  const kind = { unit: target.unit, currency: target.currency, cadence: target.cadence, direction: target.direction };
  const chart = useMemo(() => {
    const model = chartModel(all, { now, timeZone: fmt.timeZone, highlight: target, unitDivisor: chartDivisor(target.unit) });
    const figuresAt = "Each period's target is in the list above, and its figures on its own page.";
    return { model, text: chartText(model, all, target, fmt, { leftOutPeriods: all.leftOut.periods, highlight: target, figuresAt }) };
  }, [all, now, fmt, target]);
  const ownText = useMemo(() => standingText(own, own.leftOut.periods, [], target, fmt), [own, target, fmt]);
  const timeline = () => {
    if (family.isPending) return <BlockSkeleton className="h-24" label="Loading the goal's timeline" />;
    if (family.isError) return <ErrorState error={family.error} onRetry={() => void family.refetch()} what="this target's goal" />;
    if (!schedule.some((t) => t.id === target.id)) return <p className="text-fg-muted">This target is not among its goal&apos;s current periods.</p>;
    return (
      <>
        <TargetTimeline target={target} schedule={schedule} assigneeName={assigneeName ?? "this assignee"} now={now} fmt={fmt} />
        <ChartSection model={chart.model} text={chart.text} kind={kind} timeZone={fmt.timeZone} heading={`Target versus date: ${assigneeName ?? "this assignee"}`} headingId="chart-heading" />
      </>
    );
  };
  return (
    <>
      <section aria-labelledby="standing-heading" className="space-y-2">
        <h2 id="standing-heading" className="text-lg font-semibold">
          This period
        </h2>
        <StandingSummary standing={own} text={ownText} />
      </section>
      <section aria-labelledby="timeline-heading" className="space-y-3">
        <h2 id="timeline-heading" className="text-lg font-semibold">
          Place on the goal&apos;s timeline
        </h2>
        {timeline()}
      </section>
    </>
  );
}
