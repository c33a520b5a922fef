import Link from "next/link";
import type { PipelineName } from "@/lib/contracts/goals";
import { humanize } from "@/lib/goals/labels";
import type { GoalHead } from "@/lib/goals/views/goal-page-state";
import type { Who } from "@/lib/goals/views/leaderboard-state";
import { CopyLinkButton } from "./copy-link-button";

interface Props {
  goal: GoalHead;
  /** The person who set the goal up, by name. */
  creator: string;
  /** The goal's pipelines with HubSpot's names where it gave them. */
  pipelines: readonly PipelineName[];
  assignees: readonly Who[];
  /** Its dates as they print. */
  text: { span: string; created: string; updated: string };
}


function Fact({ term, children, testId }: { term: string; children: React.ReactNode; testId?: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium uppercase tracking-wide text-fg-subtle">{term}</dt>
      <dd className="mt-0.5 break-words text-fg" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

export const judgementLabel = (goal: Pick<GoalHead, "direction" | "metricType">) =>
  `${goal.metricType === "AVG" ? "Average per period" : "Sum over periods"}, ${goal.direction === "LOWER_IS_BETTER" ? "lower is better" : "higher is better"}`;

/** The goal's name and what can be done with it. */
export function GoalTitle({ goal }: { goal: GoalHead }) {
  return (
    <header className="flex flex-wrap items-start justify-between gap-3">
      <div className="min-w-0">
        <p className="text-sm text-fg-subtle">Goal</p>
        <h1 className="break-words text-2xl font-semibold" data-testid="goal-title">
          {goal.name || "(unnamed goal)"}
          {goal.archived && <span className="ml-2 align-middle rounded bg-surface-strong px-1.5 text-xs font-medium">Archived</span>}
        </h1>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {!goal.archived && (
          <Link
            href={`/goals/${goal.id}/plan`}
            prefetch={false}
            className="inline-flex min-h-11 items-center rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-on-fill hover:bg-accent-hover md:min-h-0"
            data-testid="plan-link"
          >
            Plan targets
          </Link>
        )}
        <CopyLinkButton />
      </div>
    </header>
  );
}

/** What the goal is: the facts HubSpot keeps about it, with people resolved to names. */
export function GoalFacts({ goal, creator, pipelines, assignees, text, className = "" }: Props & { className?: string }) {
  return (
    <dl className={`grid grid-cols-2 gap-x-6 gap-y-3 rounded-xl border border-line bg-surface p-4 text-sm lg:grid-cols-4 ${className}`} data-testid="goal-facts">
      <Fact term="Type">{humanize(goal.goalType)}</Fact>
      <Fact term="Cadence">{humanize(goal.cadence)}</Fact>
      <Fact term="Dates" testId="goal-span">
        {text.span}
      </Fact>
      <Fact term="Judged as">{judgementLabel(goal)}</Fact>
      <Fact term={assignees.length === 1 ? "Assignee" : `Assignees (${assignees.length})`} testId="goal-assignees">
        {assignees.map((entry) => entry.name).join(", ") || "—"}
      </Fact>
      <Fact term={pipelines.length === 1 ? "Pipeline" : "Pipelines"} testId="goal-pipelines">
        {pipelineText(pipelines)}
      </Fact>
      <Fact term="Created by" testId="goal-creator">
        {creator}
      </Fact>
      <Fact term="Created · updated">
        {text.created} · {text.updated}
      </Fact>
    </dl>
  );
}

/** Names where HubSpot gave them, the id where it did not (as for assignees); a goal naming none counts every pipeline. */
export function pipelineText(pipelines: readonly PipelineName[]): string {
  if (pipelines.length === 0) return "All pipelines";
  return pipelines.map((p) => p.label ?? `Pipeline ${p.id}`).join(", ");
}
