import { FIGURES } from "@/lib/goals/figures";
import type { Target } from "@/lib/goals/model";
import { isAtRisk } from "@/lib/goals/at-risk";
import type { Figures } from "@/lib/goals/views/answer";
import type { Formatters } from "@/lib/goals/formatters";
import { Figure } from "@/components/goal-detail/standing-summary";
import { gapText, neededText, noProjectionText, rangeText } from "./projection-text";
import { RiskBadge } from "./risk-badge";

interface Props {
  standing: Figures;
  unit: Target["unit"];
  currency: string | null;
  fmt: Formatters;
  /** At-risk threshold as a ratio (0.9). */
  threshold: number;
}

/** Where the shown periods will land: projection, projected attainment (with the at-risk flag) and the gap. */
export function ProjectionSummary({ standing, unit, currency, fmt, threshold }: Props) {
  const projection = standing.projection;
  // Projections are expectations: counts in whole numbers, like the expected by today.
  const amount = (value: string | null) => fmt.expected(value, unit, currency);
  if (!projection) {
    return (
      <p className="text-sm text-fg-subtle" data-testid="projection-none">
        {FIGURES.projection.name}: none, {noProjectionText(standing)}.
      </p>
    );
  }
  const range = rangeText(projection, unit, amount);
  const atRisk = isAtRisk(projection, standing.direction, threshold);
  return (
    <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3" data-testid="projection">
      <Figure
        label={`${FIGURES.projection.name} on ${fmt.lastDay(new Date(projection.end).toISOString())}`}
        value={amount(projection.value)}
        base={range ? `${FIGURES.projectionRange.name}: ${range}` : "No range: no earlier finished period to compare"}
        testId="summary-projection"
      />
      <Figure
        label={FIGURES.projectedAttainment.name}
        value={
          <span className="flex flex-wrap items-center gap-2">
            {fmt.projected(standing, threshold)}
            {atRisk && <RiskBadge percent={Math.round(threshold * 100)} lower={standing.direction === "LOWER_IS_BETTER"} />}
          </span>
        }
        base={`of ${fmt.amount(standing.coveredTarget, unit, currency)}`}
        testId="summary-projected-attainment"
      />
      <Figure label={FIGURES.gapToTarget.name} value={gapText(projection, unit, amount)} base={neededText(projection, standing, unit, amount)} testId="summary-gap" />
    </dl>
  );
}
