"use client";

import { FIGURES } from "@/lib/goals/figures";
import type { RankBy, Span } from "@/lib/goals/leaderboard";
import { HISTORY_EVERY, HISTORY_LAST, type LeaderboardAnswer, leaderboardState } from "@/lib/goals/views/leaderboard-state";
import { useLeaderboard } from "@/lib/client/use-leaderboard";
import { useViewState } from "@/lib/client/use-view-state";
import { HistoryView } from "@/components/history/history-view";
import { ErrorState } from "@/components/states/error-state";
import { LoadingProgress } from "@/components/states/loading-progress";
import { TableSkeleton } from "@/components/states/skeleton";
import { LeaderboardTable } from "./leaderboard-table";
import { RankToggle } from "./rank-toggle";

const SPAN_LABELS: Record<Span, string> = { period: "Periods running now", quarter: "This quarter", year: "This year" };
/** The summary line's words: "Ranked by attainment to date"; "3 goals of type Sales quota with a period running now". */
const RANKED_BY: Record<RankBy, string> = { attainment: FIGURES.attainmentToDate.name.toLowerCase(), pace: FIGURES.percentOfExpected.name.toLowerCase() };
const SPAN_PERIODS: Record<Span, string> = { period: "a period running now", quarter: "a period in this quarter", year: "a period in this year" };

/** /leaderboard: people and teams ranked across every goal of one type, with their attainment history. The server ranks (/api/views/leaderboard); this only displays. */
export function LeaderboardView() {
  const { state, query, set } = useViewState(leaderboardState);
  const answer = useLeaderboard(query);
  const data = answer.data;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Leaderboard</h1>
      {answer.error ? (
        <ErrorState error={answer.error} onRetry={() => void answer.refetch()} what="the leaderboard" />
      ) : !data ? (
        <TableSkeleton label="Loading leaderboard" />
      ) : data.load.state === "loading" ? (
        <div className="space-y-4">
          <LoadingProgress loaded={data.load.loaded} total={data.load.total} />
          <TableSkeleton label="Loading leaderboard" />
        </div>
      ) : (
        <LeaderboardReady data={data} state={state} set={set} />
      )}
    </div>
  );
}

const select = "rounded-md border border-line-strong bg-surface px-2 py-1 text-sm";

type View = ReturnType<typeof useViewState<typeof leaderboardState>>;

function LeaderboardReady({ data, state, set }: { data: LeaderboardAnswer; state: View["state"]; set: View["set"] }) {
  const { type, team, board } = data;
  if (!type || !board) return <p className="text-fg-muted">No live goals to rank yet.</p>;
  const noun = state.every;
  // Quarterly quotas have no month of their own: the history offers the column that fits them.
  const longer = noun === "month" ? { noun: "quarter", choose: () => set({ every: "quarter" }) } : undefined;
  const teamName = team ? data.teams.find((t) => t.id === team)?.name : null;
  const typeLabel = data.types.find((t) => t.value === type)?.label ?? type;
  return (
    <div className="space-y-6" data-testid="leaderboard-page" data-now={data.at}>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-xs font-medium text-fg-muted">
          Goal type
          <select className={select} value={type} onChange={(e) => set({ type: e.target.value })} data-testid="board-type">
            {data.types.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-xs font-medium text-fg-muted">
          Periods
          <select className={select} value={state.span} onChange={(e) => set({ span: e.target.value as Span })}>
            {(Object.keys(SPAN_LABELS) as Span[]).map((s) => (
              <option key={s} value={s}>
                {SPAN_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-xs font-medium text-fg-muted">
          Team
          <select className={select} value={team ?? ""} onChange={(e) => set({ team: e.target.value })} data-testid="board-team">
            <option value="">Everyone</option>
            {data.teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <RankToggle value={state.rank} onChange={(rank) => set({ rank })} />
      </div>
      <p className="text-sm text-fg-subtle" data-testid="board-summary">
        {board.goals.length === 0
          ? `No goal of type ${typeLabel} has ${SPAN_PERIODS[board.span]}.`
          : `${board.goals.length === 1 ? "1 goal" : `${board.goals.length} goals`} of type ${typeLabel} with ${SPAN_PERIODS[board.span]}: ${board.goals.map((g) => g.name).join(", ")}. Ranked by ${RANKED_BY[board.people.by]}, each against their own target.`}
        {board.text.people.previousAt !== null && ` Moves are since ${board.text.people.previousAt}, when the previous period closed.`}
      </p>
      <section className="space-y-2" aria-labelledby="people-heading">
        <h2 id="people-heading" className="text-lg font-semibold">
          {teamName ? `${teamName}: people` : "People"}
        </h2>
        <LeaderboardTable board={board.people} text={board.text.people} caption={`People ranked on ${typeLabel}`} testId="leaderboard-people" />
      </section>
      {board.teams.placings.length > 0 && (
        <section className="space-y-2" aria-labelledby="teams-heading">
          <h2 id="teams-heading" className="text-lg font-semibold">
            Teams
          </h2>
          <p className="text-sm text-fg-subtle">A team the goals assign counts its own targets; otherwise its members&apos; count together.</p>
          <LeaderboardTable board={board.teams} text={board.text.teams} caption={`Teams ranked on ${typeLabel}`} testId="leaderboard-teams" />
        </section>
      )}
      <section className="space-y-3" aria-labelledby="board-history-heading">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="board-history-heading" className="text-lg font-semibold">
            Attainment history
          </h2>
          <div className="flex gap-3">
            <label className="flex flex-col text-xs font-medium text-fg-muted">
              Each
              <select className={select} value={state.every} onChange={(e) => set({ every: e.target.value as (typeof HISTORY_EVERY)[number] })}>
                <option value="month">Month</option>
                <option value="quarter">Quarter</option>
              </select>
            </label>
            <label className="flex flex-col text-xs font-medium text-fg-muted">
              Last
              <select className={select} value={data.last} onChange={(e) => set({ last: Number(e.target.value) })}>
                {HISTORY_LAST.map((n) => (
                  <option key={n} value={n}>
                    {n} {noun}s
                  </option>
                ))}
              </select>
            </label>
          </div>
        </div>
        <p className="text-sm text-fg-subtle">
          Every goal of the type counted together, each {noun} judged on its own. A target counts in the {noun} its whole period lies in.
        </p>
        <HistoryView history={board.history.people} text={board.text.history.people} noun={noun} label={`People's attainment per ${noun}`} testId="history-people" longer={longer} />
        <h3 className="text-base font-semibold">Teams</h3>
        <HistoryView history={board.history.teams} text={board.text.history.teams} noun={noun} label={`Teams' attainment per ${noun}`} testId="history-teams" what="team target" longer={longer} />
      </section>
    </div>
  );
}
