import type { RankBy } from "@/lib/goals/leaderboard";
import type { Board, BoardText } from "@/lib/goals/views/leaderboard-state";
import { LeaderboardTable } from "./leaderboard-table";
import { RankToggle } from "./rank-toggle";

interface Props {
  boards: { people: Board; teams: Board | null; text: { people: BoardText; teams: BoardText | null } };
  goalName: string;
  /** What to rank by: the URL's `rank`, which the server ranks by. */
  rankBy: RankBy;
  onRankBy: (by: RankBy) => void;
}

/**
 * Everyone on the goal ranked against their own targets, and the teams their members make up, as
 * the server ranked them (lib/goals/views/goal-page.ts). A goal assigned to teams ranks the teams themselves.
 */
export function GoalLeaderboard({ boards, goalName, rankBy, onRankBy }: Props) {
  return (
    <section aria-labelledby="leaderboard-heading" className="space-y-3" data-testid="goal-leaderboard">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="leaderboard-heading" className="text-lg font-semibold">
          Leaderboard
        </h2>
        <RankToggle value={rankBy} onChange={onRankBy} />
      </div>
      <p className="text-sm text-fg-subtle">
        Ranked by percentage of each one&apos;s own target, so different quotas compare fairly.
        {boards.text.people.previousAt !== null && ` Moves are since the previous period closed on ${boards.text.people.previousAt}.`}
      </p>
      <LeaderboardTable board={boards.people} text={boards.text.people} caption={`Leaderboard of ${goalName}`} testId="leaderboard-people" />
      {boards.teams && boards.text.teams && (
        <>
          <h3 className="text-base font-semibold">Teams</h3>
          <p className="text-sm text-fg-subtle">Each team counts its members&apos; targets together; someone in two teams counts in both.</p>
          <LeaderboardTable board={boards.teams} text={boards.text.teams} caption={`Team leaderboard of ${goalName}`} testId="leaderboard-teams" />
        </>
      )}
    </section>
  );
}
