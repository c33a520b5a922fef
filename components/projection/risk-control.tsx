"use client";

import { FIGURES } from "@/lib/goals/figures";
import { useRiskThreshold } from "./risk-param";

const CHOICES = [50, 60, 70, 75, 80, 85, 90, 95, 100];

/** Picks the at-risk threshold; it lives in the URL (`risk=`), so a shared link flags the same goals. */
export function RiskControl() {
  const { percent, setPercent } = useRiskThreshold();
  const choices = CHOICES.includes(percent) ? CHOICES : [...CHOICES, percent].sort((a, b) => a - b);
  return (
    <div className="flex flex-col">
      <label htmlFor="risk-threshold" className="text-xs font-medium text-fg-muted" title={FIGURES.atRisk.definition}>
        {FIGURES.atRisk.name} below
      </label>
      <select
        id="risk-threshold"
        value={percent}
        onChange={(event) => void setPercent(Number(event.target.value))}
        className="rounded-md border border-line-strong bg-surface px-2 py-1 text-sm"
      >
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice}% projected
          </option>
        ))}
      </select>
    </div>
  );
}
