import type { Figures } from "@/lib/goals/views/answer";

type Shown = Pick<Figures, "actual" | "actualToDate" | "status">;

/** What ActualText shows, as plain text (a tooltip where a cell cuts it); `amount` is the actual as text. */
export function actualLabel(standing: Shown, amount: string | null): string {
  if (standing.actual === null || amount === null) return standing.status === "not_started" ? "Not started" : "No progress data";
  return `${amount}${standing.actualToDate ? " to date" : ""}`;
}

/** A standing's actual (`amount`, as text), marked "to date" while a period still runs; missing progress says so, never 0. */
export function ActualText({ standing, amount }: { standing: Shown; amount: string | null }) {
  if (standing.actual === null || amount === null) {
    return <span className="font-normal text-fg-subtle">{standing.status === "not_started" ? "Not started" : "No progress data"}</span>;
  }
  return (
    <>
      {amount}
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
