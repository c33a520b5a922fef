import { barFill, FIGURES, NO_PROGRESS_FOR_AVERAGE, whyNoRatio } from "@/lib/goals/figures";
import type { Figures } from "@/lib/goals/views/answer";
import { barClass } from "@/components/status/status-style";

/**
 * A ratio figure (attainment to date, progress toward the total) as a number and a bar in the status colour.
 * `missing` is what it reads without progress data: a row beside another cell that already says so
 * reads a dash, so "No progress data" is said once. `text` is the ratio as the server printed it.
 */
export function RatioCell({ figure, standing, text, testId, missing = "No progress data" }: { figure: "attainmentToDate" | "progressTowardTotal"; standing: Figures; text: string | null; testId?: string; missing?: string }) {
  const ratio = standing[figure];
  if (ratio === null || text === null) {
    const why = whyNoRatio(figure, standing);
    return (
      <span
        className="text-fg-subtle"
        data-testid={testId}
        title={why === "average" ? `${NO_PROGRESS_FOR_AVERAGE}: ${FIGURES.progressTowardTotal.name.toLowerCase()} needs a total` : why === "no_data" ? "No progress data" : undefined}
      >
        {why === "no_data" ? missing : "—"}
      </span>
    );
  }
  const lower = standing.direction === "LOWER_IS_BETTER";
  return (
    <div className="flex items-center gap-2" title={lower ? "Lower is better: the bar is full while the actual is at or under the target." : undefined}>
      <span className="min-w-12 shrink-0 text-right tabular-nums" data-testid={testId}>
        {text}
      </span>
      <span aria-hidden="true" className="h-1.5 w-12 overflow-hidden rounded-full bg-surface-strong">
        <span className={`block h-full ${barClass(standing.status)}`} style={{ width: `${barFill(ratio, standing.direction) * 100}%` }} />
      </span>
    </div>
  );
}
