import type { Standing } from "@/lib/goals/standing";
import { RiskBadge } from "./risk-badge";

interface Props {
  figures: Pick<Standing, "projection" | "direction" | "outcome" | "status">;
  /** Judged with the goal maths (lib/goals/projection.ts isAtRisk) at `threshold`. */
  atRisk: boolean;
  /** Projected attainment as text (Formatters.projected), never rounded across the at-risk threshold. */
  text: string | null;
  /** The at-risk threshold as a ratio (0.9), for the badge. */
  threshold: number;
  testId?: string;
}

/** Projected attainment in a table cell, flagged when at risk; a short reason when there is none. */
export function ProjectedCell({ figures, atRisk, text, threshold, testId }: Props) {
  if (!figures.projection || text === null) {
    return (
      <span className="text-xs text-fg-subtle" data-testid={testId} data-none="true">
        {figures.outcome || figures.status === "not_started" || figures.status === "no_data" ? "—" : "Too early"}
      </span>
    );
  }
  return (
    <div className="flex flex-col items-start leading-tight" data-testid={testId ? `${testId}-cell` : undefined} data-at-risk={atRisk}>
      <span className="tabular-nums" data-testid={testId}>
        {text}
      </span>
      {atRisk && <RiskBadge percent={Math.round(threshold * 100)} lower={figures.direction === "LOWER_IS_BETTER"} />}
    </div>
  );
}
