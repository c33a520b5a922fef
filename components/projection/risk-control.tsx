"use client";

import { FIGURE_DEFINITIONS } from "@/lib/goals/figure-definitions";
import { FIGURES } from "@/lib/goals/figures";
import { CONTROL } from "@/components/goals/control-style";

const CHOICES = [50, 60, 70, 75, 80, 85, 90, 95, 100];

interface Props {
  /** The at-risk threshold in whole percent, as the URL holds it (`risk=85`). */
  percent: number;
  /** Whether the list shows only the goals at risk (`atRisk=true`). */
  onlyAtRisk: boolean;
  set: (patch: { risk?: number; atRisk?: boolean }) => void;
}

/** Picks the at-risk threshold and narrows the list to the goals it flags; both live in the URL, so a shared link flags the same goals. */
export function RiskControl({ percent, onlyAtRisk, set }: Props) {
  const choices = CHOICES.includes(percent) ? CHOICES : [...CHOICES, percent].sort((a, b) => a - b);
  return (
    <div className="flex flex-wrap items-end gap-3">
      <div className="flex flex-col">
        <label htmlFor="risk-threshold" className="text-xs font-medium text-fg-muted" title={FIGURE_DEFINITIONS.atRisk}>
          {FIGURES.atRisk.name} below
        </label>
        <select
          id="risk-threshold"
          value={percent}
          onChange={(event) => set({ risk: Number(event.target.value) })}
          className={`${CONTROL} px-2`}
        >
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {choice}% projected
            </option>
          ))}
        </select>
      </div>
      <div className="flex h-11 items-center gap-2 md:h-9">
        <input id="goal-at-risk" type="checkbox" checked={onlyAtRisk} onChange={(event) => set({ atRisk: event.target.checked })} />
        <label htmlFor="goal-at-risk" className="whitespace-nowrap text-sm">
          Only at risk
        </label>
      </div>
    </div>
  );
}
