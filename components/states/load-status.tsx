"use client";

import type { LoadState } from "@/lib/goals/views/answer";
import { LoadingProgress } from "./loading-progress";

interface Props {
  /** The load as the latest answer reports it. */
  load: LoadState;
  /** Goals completed since the view on screen was held (useView), or null while it follows the load. */
  more: { goals: number; complete: boolean } | null;
  onShowMore: () => void;
  /** What the view lists, for the sentences ("goals", "goal targets"). */
  what: string;
}

/**
 * How far a cold load has got, and what that means for the list on screen: while nobody reads it,
 * it grows (and re-sorts) as goals complete, and says so; once someone scrolls or opens a goal it
 * stays still, and this says how much more is ready and shows it on request.
 */
export function LoadStatus({ load, more, onShowMore, what }: Props) {
  if (more && (more.goals > 0 || more.complete)) {
    return (
      <div role="status" className="flex flex-wrap items-center gap-3 rounded-xl border border-info-border bg-info-bg px-4 py-2 text-sm text-info-fg" data-testid="load-more">
        <span>
          {more.complete ? `Every goal has loaded (${more.goals} more than shown).` : `${more.goals} more ${more.goals === 1 ? "goal has" : "goals have"} loaded.`} The {what} below
          stay as they are until you ask.
        </span>
        <button type="button" onClick={onShowMore} className="rounded-md bg-accent px-3 py-1 text-on-fill hover:bg-accent-hover">
          {more.complete ? "Show the full list" : "Show them"}
        </button>
      </div>
    );
  }
  if (load.state !== "loading") return null;
  return (
    <LoadingProgress loaded={load.loaded} total={load.total}>
      {load.goalsReady > 0 && !more && <> Showing the {load.goalsReady === 1 ? "goal" : `${load.goalsReady} goals`} loaded in full so far; the {what} re-sort as more arrive, until you scroll or open one.</>}
      {more && <> The {what} below stay as they were when you started reading.</>}
    </LoadingProgress>
  );
}
