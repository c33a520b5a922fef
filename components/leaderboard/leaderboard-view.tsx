"use client";

import { useMemo } from "react";
import type { Span } from "@/lib/goals/leaderboard";
import { useFormatters } from "@/components/format/use-formatters";
import { useDatasetGoals } from "@/components/goals/use-dataset-goals";
import { humanize } from "@/lib/goals/labels";
import { HistoryView } from "@/components/history/history-view";
import { useRiskThreshold } from "@/components/projection/risk-param";
import { DatasetGate, type ReadyDataset } from "@/components/states/dataset-gate";
import { TableSkeleton } from "@/components/states/skeleton";
import { HISTORY_EVERY, HISTORY_LAST, useBoardParams } from "./board-params";
import { LeaderboardTable } from "./leaderboard-table";
import { RankToggle } from "./rank-toggle";
import { goalTypes, typeBoard, typeHistory } from "./type-board";

const SPAN_LABELS: Record<Span, string> = { period: "Periods running now", quarter: "This quarter", year: "This year" };

/** /leaderboard: people and teams ranked across every goal of one type, with their attainment history. */
export function LeaderboardView({ renderedAt }: { renderedAt?: number }) {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Leaderboard</h1>
      <DatasetGate archived={false} skeleton={<TableSkeleton label="Loading leaderboard" />} what="the leaderboard">
        {(data) => <LeaderboardReady data={data} renderedAt={renderedAt} />}
      </DatasetGate>
    </div>
  );
}

const select = "rounded-md border border-line-strong bg-surface px-2 py-1 text-sm";

function LeaderboardReady({ data, renderedAt }: { data: ReadyDataset; renderedAt?: number }) {
  const fmt = useFormatters(data.account);
  const { now, index, goals } = useDatasetGoals(data, renderedAt);
  const [params, setParams] = useBoardParams();
  const { threshold } = useRiskThreshold();
  const timeZone = data.account.timeZone;
  const types = useMemo(() => goalTypes(goals, { now, timeZone }), [goals, now, timeZone]);
  const type = params.type && types.includes(params.type) ? params.type : (types[0] ?? null);
  const last = (HISTORY_LAST as readonly number[]).includes(params.last) ? params.last : 6;
  const team = params.team && index.teamsById.has(params.team) ? params.team : null;
  const board = useMemo(
    () => (type ? typeBoard(goals, index, { now, timeZone }, { type, span: params.span, by: params.rank, team }) : null),
    [goals, index, now, timeZone, type, params.span, params.rank, team],
  );
  const history = useMemo(() => (board ? typeHistory(board, { now, timeZone }, params.every, last) : null), [board, now, timeZone, params.every, last]);
  if (!type || !board || !history) return <p className="text-fg-muted">No live goals to rank yet.</p>;
  const noun = params.every;
  const teamName = team ? index.teamsById.get(team)?.name : null;
  return (
    <div className="space-y-6" data-testid="leaderboard-page" data-now={now}>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-xs font-medium text-fg-muted">
          Goal type
          <select className={select} value={type} onChange={(e) => void setParams({ type: e.target.value })} data-testid="board-type">
            {types.map((t) => (
              <option key={t} value={t}>
                {humanize(t)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-xs font-medium text-fg-muted">
          Periods
          <select className={select} value={params.span} onChange={(e) => void setParams({ span: e.target.value as Span })}>
            {(Object.keys(SPAN_LABELS) as Span[]).map((s) => (
              <option key={s} value={s}>
                {SPAN_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-xs font-medium text-fg-muted">
          Team
          <select className={select} value={team ?? ""} onChange={(e) => void setParams({ team: e.target.value || null })}>
            <option value="">Everyone</option>
            {data.directory.teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <RankToggle value={params.rank} onChange={(rank) => void setParams({ rank })} />
      </div>
      <p className="text-sm text-fg-subtle">
        {board.goals.length === 1 ? "1 goal" : `${board.goals.length} goals`} of type {humanize(type)}: {board.goals.map((g) => g.name).join(", ")}. Ranked by
        percentage of each one&apos;s own target.
        {board.people.previousAt !== null && ` Moves are since ${fmt.date(new Date(board.people.previousAt).toISOString())}, when the previous period closed.`}
      </p>
      <section className="space-y-2" aria-labelledby="people-heading">
        <h2 id="people-heading" className="text-lg font-semibold">
          {teamName ? `${teamName}: people` : "People"}
        </h2>
        <LeaderboardTable board={board.people} fmt={fmt} threshold={threshold} caption={`People ranked on ${humanize(type)}`} testId="leaderboard-people" />
      </section>
      {board.teams.placings.length > 0 && (
        <section className="space-y-2" aria-labelledby="teams-heading">
          <h2 id="teams-heading" className="text-lg font-semibold">
            Teams
          </h2>
          <p className="text-sm text-fg-subtle">A team the goals assign counts its own targets; otherwise its members&apos; count together.</p>
          <LeaderboardTable board={board.teams} fmt={fmt} threshold={threshold} caption={`Teams ranked on ${humanize(type)}`} testId="leaderboard-teams" />
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
              <select className={select} value={params.every} onChange={(e) => void setParams({ every: e.target.value as (typeof HISTORY_EVERY)[number] })}>
                <option value="month">Month</option>
                <option value="quarter">Quarter</option>
              </select>
            </label>
            <label className="flex flex-col text-xs font-medium text-fg-muted">
              Last
              <select className={select} value={last} onChange={(e) => void setParams({ last: Number(e.target.value) })}>
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
        <HistoryView history={history.people} fmt={fmt} noun={noun} label={`People's attainment per ${noun}`} testId="history-people" />
        <h3 className="text-base font-semibold">Teams</h3>
        <HistoryView history={history.teams} fmt={fmt} noun={noun} label={`Teams' attainment per ${noun}`} testId="history-teams" />
      </section>
    </div>
  );
}
