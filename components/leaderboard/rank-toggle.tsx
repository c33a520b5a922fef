"use client";

import { FIGURES } from "@/lib/goals/figures";
import type { RankBy } from "@/lib/goals/leaderboard";

const LABELS: Record<RankBy, string> = { attainment: FIGURES.attainmentToDate.name, pace: FIGURES.percentOfExpected.name };

/** Rank by attainment to date or by percent of expected (what pace reads): two buttons, the chosen one pressed; 44 px tall on a phone. */
export function RankToggle({ value, onChange }: { value: RankBy; onChange: (value: RankBy) => void }) {
  return (
    <div role="group" aria-label="Rank by" className="inline-flex overflow-hidden rounded-md border border-line-strong text-sm">
      <span className="inline-flex items-center bg-surface-muted px-2 py-1 text-fg-muted">Rank by</span>
      {(Object.keys(LABELS) as RankBy[]).map((key) => (
        <button
          key={key}
          type="button"
          aria-pressed={value === key}
          onClick={() => onChange(key)}
          className={`min-h-11 border-l border-line-strong px-2 py-1 md:min-h-0 ${value === key ? "bg-accent text-on-fill" : "bg-surface text-fg hover:bg-surface-subtle"}`}
        >
          {LABELS[key]}
        </button>
      ))}
    </div>
  );
}
