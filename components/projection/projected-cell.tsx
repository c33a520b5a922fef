import { isAtRisk } from "@/lib/goals/projection";
import type { Standing } from "@/lib/goals/standing";
import type { Formatters } from "@/components/format/use-formatters";
import { RiskBadge } from "./risk-badge";

/** Projected attainment in a table cell, flagged when at risk; a short reason when there is none. */
export function ProjectedCell({ standing, fmt, threshold, testId }: { standing: Standing; fmt: Formatters; threshold: number; testId?: string }) {
  if (!standing.projection) {
    return (
      <span className="text-xs text-fg-subtle" data-testid={testId} data-none="true">
        {standing.outcome || standing.status === "not_started" || standing.status === "no_data" ? "—" : "Too early"}
      </span>
    );
  }
  const atRisk = isAtRisk(standing.projection, standing.direction, threshold);
  return (
    <div className="flex flex-col items-start leading-tight" data-testid={testId ? `${testId}-cell` : undefined} data-at-risk={atRisk}>
      <span className="tabular-nums" data-testid={testId}>
        {fmt.projected(standing, threshold)}
      </span>
      {atRisk && <RiskBadge percent={Math.round(threshold * 100)} lower={standing.direction === "LOWER_IS_BETTER"} />}
    </div>
  );
}
