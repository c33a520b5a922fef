import type { Standing } from "@/lib/goals/standing";
import type { Formatters } from "@/components/format/use-formatters";
import { RiskBadge } from "./risk-badge";

interface Props {
  figures: Pick<Standing, "projection" | "direction" | "outcome" | "status">;
  /** Judged with the goal maths (lib/goals/projection.ts isAtRisk) at `threshold`. */
  atRisk: boolean;
  fmt: Formatters;
  /** The at-risk threshold as a ratio (0.9): the percentage never reads across it. */
  threshold: number;
  testId?: string;
}

/** Projected attainment in a table cell, flagged when at risk; a short reason when there is none. */
export function ProjectedCell({ figures, atRisk, fmt, threshold, testId }: Props) {
  if (!figures.projection) {
    return (
      <span className="text-xs text-fg-subtle" data-testid={testId} data-none="true">
        {figures.outcome || figures.status === "not_started" || figures.status === "no_data" ? "—" : "Too early"}
      </span>
    );
  }
  return (
    <div className="flex flex-col items-start leading-tight" data-testid={testId ? `${testId}-cell` : undefined} data-at-risk={atRisk}>
      <span className="tabular-nums" data-testid={testId}>
        {fmt.projected(figures, threshold)}
      </span>
      {atRisk && <RiskBadge percent={Math.round(threshold * 100)} lower={figures.direction === "LOWER_IS_BETTER"} />}
    </div>
  );
}
