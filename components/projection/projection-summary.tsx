import { FIGURES } from "@/lib/goals/figures";
import type { ProjectionText } from "@/lib/goals/views/standing-text";
import { Figure } from "@/components/goal-detail/standing-summary";
import { RiskBadge } from "./risk-badge";

interface Props {
  text: ProjectionText;
  /** The figures' base: the target of every period they cover, as text. */
  coveredTarget: string;
  lower: boolean;
}

/** Where the shown periods will land: projection, projected attainment (with the at-risk flag) and the gap. */
export function ProjectionSummary({ text, coveredTarget, lower }: Props) {
  if ("none" in text) {
    return (
      <p className="text-sm text-fg-subtle" data-testid="projection-none">
        {FIGURES.projection.name}: none, {text.none}.
      </p>
    );
  }
  return (
    <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3" data-testid="projection">
      <Figure
        label={`${FIGURES.projection.name} on ${text.lastDay}`}
        value={text.value}
        base={text.range ? `${FIGURES.projectionRange.name}: ${text.range}` : "No range: no earlier finished period to compare"}
        testId="summary-projection"
      />
      <Figure
        label={FIGURES.projectedAttainment.name}
        value={
          <span className="flex flex-wrap items-center gap-2">
            {text.attainment}
            {text.atRisk && <RiskBadge percent={text.percent} lower={lower} />}
          </span>
        }
        base={`of ${coveredTarget}`}
        testId="summary-projected-attainment"
      />
      <Figure label={FIGURES.gapToTarget.name} value={text.gap} base={text.needed} testId="summary-gap" />
    </dl>
  );
}
