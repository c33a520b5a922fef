import type { BoardPlacing } from "@/lib/goals/views/leaderboard-state";

/** Places gained or lost since the previous period closed: ▲ 2, ▼ 1, "–" for none, "new" for someone unranked then. */
export function Movement({ placing, hasPrevious }: { placing: Pick<BoardPlacing, "rank" | "movement" | "previousRank">; hasPrevious: boolean }) {
  if (placing.rank === null || !hasPrevious) return <span className="text-fg-subtle" data-testid="movement" data-movement="" />;
  if (placing.movement === null) {
    return (
      <span className="font-medium opacity-75" data-testid="movement" data-movement="new" title="Not ranked when the previous period closed">
        new
      </span>
    );
  }
  const m = placing.movement;
  const label = m === 0 ? "No change since the previous period" : `${m > 0 ? "Up" : "Down"} ${Math.abs(m)} since the previous period (was ${placing.previousRank})`;
  return (
    <span
      className={`whitespace-nowrap tabular-nums font-medium ${m > 0 ? "text-status-good-fg" : m < 0 ? "text-status-missed-fg" : "text-fg-subtle"}`}
      data-testid="movement"
      data-movement={m}
      title={label}
      aria-label={label}
    >
      {m > 0 ? `▲ ${m}` : m < 0 ? `▼ ${-m}` : "–"}
    </span>
  );
}
