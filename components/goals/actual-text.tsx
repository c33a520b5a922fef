import type { Target } from "@/lib/goals/model";
import type { Figures } from "@/lib/goals/views/answer";
import type { Formatters } from "@/components/format/use-formatters";

/** What ActualText shows, as plain text (a tooltip where a cell cuts it). */
export function actualLabel(standing: Figures, unit: Target["unit"], currency: string | null, fmt: Formatters): string {
  if (standing.actual === null) return standing.status === "not_started" ? "Not started" : "No progress data";
  return `${fmt.amount(standing.actual, unit, currency)}${standing.actualToDate ? " to date" : ""}`;
}

/** A standing's actual, marked "to date" while a period still runs; missing progress says so, never 0. */
export function ActualText({ standing, unit, currency, fmt }: { standing: Figures; unit: Target["unit"]; currency: string | null; fmt: Formatters }) {
  if (standing.actual === null) {
    return <span className="font-normal text-fg-subtle">{standing.status === "not_started" ? "Not started" : "No progress data"}</span>;
  }
  return (
    <>
      {fmt.amount(standing.actual, unit, currency)}
      {standing.actualToDate && (
        <>
          {" "}
          <span className="text-xs font-normal text-fg-subtle" data-testid="to-date">
            to date
          </span>
        </>
      )}
    </>
  );
}
