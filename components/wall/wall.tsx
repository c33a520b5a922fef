"use client";

import { useMemo } from "react";
import { indexDirectory } from "@/lib/goals/assignees";
import { groupGoals } from "@/lib/goals/group";
import { useWallSnapshot } from "@/lib/client/use-wall-snapshot";
import { useFormatters } from "@/components/format/use-formatters";
import { humanize } from "@/lib/goals/labels";
import { BoardSlide } from "./board-slide";
import { attainments } from "@/lib/goals/crossings";
import { GoalSlide } from "./goal-slide";
import { useCelebrations } from "./use-celebrations";
import { useRotation } from "./use-rotation";
import type { WallOptions } from "./wall-params";

type Slide = { kind: "goal"; id: string } | { kind: "board"; type: string };

/**
 * The wallboard: full screen, sized off the screen's height so a 1080p and a 4K TV show the same
 * layout without scrolling (a portrait screen, a phone or a TV on its side, stacks the slide and is
 * sized off its width); slides rotate every `every` seconds and the data refreshes every
 * `refresh` seconds without reloading the page.
 */
export function Wall({ options }: { options: WallOptions }) {
  const slides: Slide[] = useMemo(
    () => [...options.goals.map((id) => ({ kind: "goal" as const, id })), ...options.boards.map((type) => ({ kind: "board" as const, type }))],
    [options.goals, options.boards],
  );
  const snapshot = useWallSnapshot(options.refresh, options.goals, options.boards);
  const current = useRotation(slides.length, options.every);
  const data = snapshot.data;
  const fmt = useFormatters(data?.account ?? FALLBACK_ACCOUNT);
  // Every figure is judged at the moment HubSpot's data is from, so a stale screen stays consistent.
  const now = useMemo(() => (data ? Date.parse(data.fetchedAt) : 0), [data]);
  const index = useMemo(() => indexDirectory(data?.directory ?? { owners: [], users: [], teams: [] }), [data?.directory]);
  const goals = useMemo(() => groupGoals(data?.targets ?? []), [data?.targets]);
  const attained = useMemo(() => (data ? attainments(goals, index, { now, timeZone: data.account.timeZone }) : null), [data, goals, index, now]);
  const celebrations = useCelebrations(attained, data?.fetchedAt ?? null);

  const slide = slides[current];
  const goal = slide?.kind === "goal" ? goals.find((g) => g.id.toLowerCase() === slide.id.toLowerCase()) : undefined;
  const stale = snapshot.isError || Boolean(data?.stale);
  const title = slide?.kind === "goal" ? (goal?.name ?? "Goal not found") : slide ? `${humanize(slide.type)} leaderboard` : "";

  return (
    <div
      className="fixed inset-0 flex flex-col overflow-hidden bg-canvas p-[1.2em] text-[length:min(2vh,1.15vw)] text-fg portrait:text-[length:min(1.6vh,3.6vw)]"
      data-testid="wall"
      data-theme={options.theme}
      data-slide={current}
      data-fetched-at={data?.fetchedAt ?? ""}
    >
      <header className="mb-[0.8em] flex items-baseline gap-[1em]">
        <h1 className="min-w-0 flex-1 truncate text-[2.2em] font-bold portrait:line-clamp-2 portrait:whitespace-normal portrait:text-[1.8em]" data-testid="wall-title">
          {title}
        </h1>
        {data && (
          <p className="whitespace-nowrap text-[1em] opacity-80" data-testid="wall-as-of">
            Data as of {fmt.time(Date.parse(data.fetchedAt))}
          </p>
        )}
        {slides.length > 1 && (
          <ol className="flex gap-[0.35em]" aria-label={`Slide ${current + 1} of ${slides.length}`}>
            {slides.map((s, i) => (
              <li key={`${s.kind}:${s.kind === "goal" ? s.id : s.type}`} className={`h-[0.6em] w-[0.6em] rounded-full ${i === current ? "bg-current" : "bg-current/25"}`} />
            ))}
          </ol>
        )}
      </header>
      {stale && data && (
        <p role="status" className="mb-[0.8em] rounded-[0.4em] bg-status-behind-bg px-[0.8em] py-[0.4em] text-[1em] font-medium text-status-behind-fg" data-testid="wall-stale">
          HubSpot cannot be reached right now. Showing data as of {fmt.time(Date.parse(data.fetchedAt))}; trying again every {options.refresh} seconds.
        </p>
      )}
      <main className="min-h-0 flex-1">
        {!data ? (
          <p className="text-[1.6em] opacity-80" role="status" data-testid="wall-waiting">
            {snapshot.isError ? `HubSpot cannot be reached right now; trying again every ${options.refresh} seconds.` : "Loading…"}
          </p>
        ) : slide?.kind === "goal" ? (
          goal ? (
            <GoalSlide goal={goal} index={index} now={now} fmt={fmt} by={options.rank} threshold={options.risk / 100} />
          ) : (
            <p className="text-[1.6em] opacity-80">This goal is not in HubSpot any more (or not in this portal).</p>
          )
        ) : slide ? (
          <BoardSlide type={slide.type} goals={goals} index={index} now={now} fmt={fmt} by={options.rank} span={options.span} threshold={options.risk / 100} />
        ) : null}
      </main>
      {celebrations.length > 0 && (
        <div role="status" className="wall-cheer pointer-events-none fixed bottom-[1.5em] left-1/2 -translate-x-1/2 rounded-[0.8em] bg-status-good-bg px-[1.4em] py-[0.7em] text-[1.4em] font-semibold text-status-good-fg shadow-lg" data-testid="celebration">
          {celebrations.map((c) => `${c.name} reached 100% of ${c.goalName}`).join(" · ")} 🎉
        </div>
      )}
    </div>
  );
}

/** Until the first answer arrives there is nothing to format, but hooks need an account. */
const FALLBACK_ACCOUNT = { currency: "USD", timeZone: "UTC" };
