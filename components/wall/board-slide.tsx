import type { DirectoryIndex } from "@/lib/goals/assignees";
import type { Goal } from "@/lib/goals/goal";
import type { RankBy, Span } from "@/lib/goals/leaderboard";
import type { Formatters } from "@/lib/goals/formatters";
import { shownBoard, typeBoard } from "@/lib/goals/views/leaderboard-board";
import { WallLeaders } from "./wall-leaders";

const SPAN_TITLE: Record<Span, string> = { period: "Periods running now", quarter: "This quarter", year: "This year" };

interface Props {
  type: string;
  goals: readonly Goal[];
  index: DirectoryIndex;
  now: number;
  fmt: Formatters;
  by: RankBy;
  span: Span;
  threshold: number;
}

/** A leaderboard across every goal of one type: people on the left, teams on the right. */
export function BoardSlide({ type, goals, index, now, fmt, by, span, threshold }: Props) {
  const board = typeBoard(goals, index, { now, timeZone: fmt.timeZone }, { type, span, by, team: null });
  if (!board) return <p className="text-[1.5em] opacity-80">No live goals of this type.</p>;
  return (
    <div className="grid h-full min-h-0 grid-cols-[minmax(0,1.5fr)_minmax(0,1fr)] gap-[1.2em] portrait:grid-cols-1 portrait:grid-rows-none portrait:content-start" data-testid="wall-board" data-type={type}>
      <WallLeaders board={shownBoard(board.people, threshold)} fmt={fmt} rows={12} title={`People · ${SPAN_TITLE[span]}`} testId="wall-leaders" />
      {board.teams.placings.length > 0 && (
        <WallLeaders board={shownBoard(board.teams, threshold)} fmt={fmt} rows={8} title={`Teams · ${SPAN_TITLE[span]}`} testId="wall-team-leaders" />
      )}
    </div>
  );
}
