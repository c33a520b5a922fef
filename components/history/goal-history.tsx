import type { BoardHistory, HistoryText } from "@/lib/goals/views/leaderboard-state";
import { HistoryView } from "./history-view";

interface Props {
  history: { noun: string; people: BoardHistory; teams: BoardHistory | null; text: { people: HistoryText; teams: HistoryText | null } };
  goalName: string;
}

/** Each assignee's (and team's) attainment in each finished period of this goal, as the server computed it. */
export function GoalHistory({ history: { noun, people, teams, text }, goalName }: Props) {
  return (
    <section aria-labelledby="history-heading" className="space-y-3" data-testid="goal-history">
      <h2 id="history-heading" className="text-lg font-semibold">
        Attainment history
      </h2>
      <p className="text-sm text-fg-subtle">
        Each finished {noun} judged on its own: attainment of that {noun}&apos;s target, and whether it was hit.
      </p>
      <HistoryView history={people} text={text.people} noun={noun} label={`Attainment per ${noun} of ${goalName}`} testId="history-people" />
      {teams && text.teams && teams.rows.length > 0 && (
        <>
          <h3 className="text-base font-semibold">Teams</h3>
          <HistoryView history={teams} text={text.teams} noun={noun} label={`Team attainment per ${noun} of ${goalName}`} testId="history-teams" />
        </>
      )}
    </section>
  );
}
