"use client";

import Link from "next/link";
import { useState } from "react";
import { FIGURES } from "@/lib/goals/figures";
import type { RankBy, Span } from "@/lib/goals/leaderboard";
import type { WallChoices } from "@/lib/goals/views/leaderboard-state";
import { useWallChoices } from "@/lib/client/use-leaderboard";
import { ErrorState } from "@/components/states/error-state";
import { LoadingProgress } from "@/components/states/loading-progress";
import { TableSkeleton } from "@/components/states/skeleton";
import { useWallParams, type WallOptions } from "./wall-params";

const ROTATE = [10, 15, 20, 30, 60];
const REFRESH = [30, 60, 120, 300];

/** /wall without slides: choose goals and leaderboards and how the screen behaves; the result is a URL to bookmark on the TV. */
export function WallSetup() {
  return (
    <main className="mx-auto max-w-4xl space-y-4 px-4 py-8 text-fg">
      <h1 className="text-2xl font-semibold">Set up a wallboard</h1>
      <p className="text-fg-muted">
        Pick what the screen shows. Every choice becomes part of the wallboard&apos;s address: open it on the TV once and bookmark it.
        The data refreshes by itself; however many screens show it, Goalboard asks HubSpot at most once per refresh.
      </p>
      <Choices />
      <p className="text-sm">
        <Link href="/goals" className="text-link underline">
          Back to the goals
        </Link>
      </p>
    </main>
  );
}

const field = "flex flex-col gap-1 text-sm font-medium text-fg-muted";
const select = "rounded-md border border-line-strong bg-surface px-2 py-1 text-sm font-normal text-fg";

/** The live goals and goal types the server offers, or the state that stands in for them. */
function Choices() {
  const choices = useWallChoices();
  const skeleton = <TableSkeleton rows={4} label="Loading goals" />;
  if (choices.isPending) return skeleton;
  if (choices.isError) return <ErrorState error={choices.error} onRetry={() => void choices.refetch()} what="your goals" />;
  const { load } = choices.data;
  if (load.state === "loading") {
    return (
      <div className="space-y-4">
        <LoadingProgress loaded={load.loaded} total={load.total} />
        {skeleton}
      </div>
    );
  }
  return <SetupForm data={choices.data} />;
}

function SetupForm({ data }: { data: WallChoices }) {
  const [options, setOptions] = useWallParams();
  const [chosen, setChosen] = useState<Pick<WallOptions, "goals" | "boards" | "every" | "refresh" | "theme" | "rank" | "span">>(() => ({
    ...options,
    goals: data.goals.filter((goal) => goal.running).map((goal) => goal.id),
    boards: data.types.slice(0, 1).map((type) => type.value),
  }));
  const toggle = (key: "goals" | "boards", value: string) =>
    setChosen((c) => ({ ...c, [key]: c[key].includes(value) ? c[key].filter((v) => v !== value) : [...c[key], value] }));
  const empty = chosen.goals.length + chosen.boards.length === 0;
  return (
    <form
      className="space-y-5 rounded-xl border border-line bg-surface p-5"
      onSubmit={(event) => {
        event.preventDefault();
        if (!empty) void setOptions(chosen, { history: "push" });
      }}
    >
      <fieldset className="space-y-1">
        <legend className="font-semibold">Goals, one slide each</legend>
        {data.goals.map((goal) => (
          <label key={goal.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={chosen.goals.includes(goal.id)} onChange={() => toggle("goals", goal.id)} />
            {goal.name || "(unnamed goal)"} <span className="text-fg-subtle">· {goal.running ? "running" : "upcoming"}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="space-y-1">
        <legend className="font-semibold">Leaderboards across every goal of a type</legend>
        {data.types.map((type) => (
          <label key={type.value} className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={chosen.boards.includes(type.value)} onChange={() => toggle("boards", type.value)} />
            {type.label}
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap gap-4">
        <label className={field}>
          Next slide every
          <select className={select} value={chosen.every} onChange={(e) => setChosen((c) => ({ ...c, every: Number(e.target.value) }))}>
            {ROTATE.map((s) => (
              <option key={s} value={s}>
                {s} seconds
              </option>
            ))}
          </select>
        </label>
        <label className={field}>
          Refresh data every
          <select className={select} value={chosen.refresh} onChange={(e) => setChosen((c) => ({ ...c, refresh: Number(e.target.value) }))}>
            {REFRESH.map((s) => (
              <option key={s} value={s}>
                {s < 60 ? `${s} seconds` : `${s / 60} minute${s === 60 ? "" : "s"}`}
              </option>
            ))}
          </select>
        </label>
        <label className={field}>
          Rank by
          <select className={select} value={chosen.rank} onChange={(e) => setChosen((c) => ({ ...c, rank: e.target.value as RankBy }))}>
            <option value="attainment">{FIGURES.attainmentToDate.name}</option>
            <option value="pace">{FIGURES.percentOfExpected.name}</option>
          </select>
        </label>
        <label className={field}>
          Leaderboards count
          <select className={select} value={chosen.span} onChange={(e) => setChosen((c) => ({ ...c, span: e.target.value as Span }))}>
            <option value="period">Periods running now</option>
            <option value="quarter">This quarter</option>
            <option value="year">This year</option>
          </select>
        </label>
        <label className={field}>
          Colours
          <select className={select} value={chosen.theme} onChange={(e) => setChosen((c) => ({ ...c, theme: e.target.value as WallOptions["theme"] }))}>
            <option value="dark">Dark</option>
            <option value="light">Light</option>
          </select>
        </label>
      </div>
      <button type="submit" disabled={empty} className="rounded-md bg-accent px-4 py-2 text-on-fill hover:bg-accent-hover disabled:opacity-50">
        Open the wallboard
      </button>
    </form>
  );
}
