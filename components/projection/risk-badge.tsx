import { FIGURES } from "@/lib/goals/figures";
import { atRiskRule } from "@/lib/goals/at-risk";

/** "At risk" in the strongest warning colour, with the threshold it was judged by. */
export function RiskBadge({ percent, lower, large = false }: { percent: number; lower: boolean; large?: boolean }) {
  const rule = atRiskRule(lower ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER", percent / 100);
  return (
    <span
      className={`inline-block whitespace-nowrap rounded-full bg-status-missed-bg font-semibold text-status-missed-fg ${large ? "px-[0.6em] py-[0.1em]" : "px-2 py-0.5 text-xs"}`}
      title={`${FIGURES.atRisk.name}: ${rule}`}
      data-testid="at-risk"
    >
      {FIGURES.atRisk.name}
    </span>
  );
}
