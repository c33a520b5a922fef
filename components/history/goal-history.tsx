import type { Formatters } from "@/lib/goals/formatters";
import type { BoardHistory } from "@/lib/goals/views/leaderboard-state";
import { HistoryView } from "./history-view";

interface Props {
  history: { noun: string; people: BoardHistory; teams: BoardHistory | null };
  goalName: string;
  fmt: Formatters;
}

/** Each assignee's (and team's) attainment in each finished period of this goal, as the server computed it. */
export function GoalHistory({ history: { noun, people, teams }, goalName, fmt }: Props) {
  return (
    <section aria-labelledby="history-heading" className="space-y-3" data-testid="goal-history">
      <h2 id="history-heading" className="text-lg font-semibold">
        Attainment history
      </h2>
      <p className="text-sm text-fg-subtle">
        Each finished {noun} judged on its own: attainment of that {noun}&apos;s target, and whether it was hit.
      </p>
      <HistoryView history={people} fmt={fmt} noun={noun} label={`Attainment per ${noun} of ${goalName}`} testId="history-people" />
      {teams && teams.rows.length > 0 && (
        <>
          <h3 className="text-base font-semibold">Teams</h3>
          <HistoryView history={teams} fmt={fmt} noun={noun} label={`Team attainment per ${noun} of ${goalName}`} testId="history-teams" />
        </>
      )}
    </section>
  );
}
