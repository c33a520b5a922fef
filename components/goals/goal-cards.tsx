"use client";

import Link from "next/link";
import { FIGURES } from "@/lib/goals/figures";
import { humanize } from "@/lib/goals/labels";
import type { Figures } from "@/lib/goals/views/answer";
import type { GoalListItem } from "@/lib/goals/views/goal-list";
import { RiskBadge } from "@/components/projection/risk-badge";
import type { RowWindow } from "@/components/table/use-row-window";
import { PaceBadge } from "./pace-badge";
import { RatioCell } from "./ratio-cell";

/** Every card takes this much of the page (h-36 and the gap under it), so the list draws only the cards in view. */
export const GOAL_CARD_PX = 152;

interface Props {
  rowAt: (index: number) => GoalListItem | undefined;
  window: RowWindow;
  listRef: (element: HTMLDivElement | null) => void;
  threshold: number;
  busy: boolean;
  className?: string;
}

/**
 * The goal list on a phone: a card per goal (and per assignee of an expanded goal) with the
 * figures a manager checks first, the same figures and names as the table's; the whole card
 * opens the goal. The cards scroll with the page; only those in view are drawn.
 */
export function GoalCards({ rowAt, window, listRef, threshold, busy, className = "" }: Props) {
  const cards: React.ReactNode[] = [];
  for (let i = window.first; i < window.last; i++) {
    const item = rowAt(i);
    cards.push(
      <li key={item ? (item.kind === "goal" ? `g:${item.id}` : `s:${item.goalId}:${item.scheduleId}`) : `pending:${i}`} style={{ height: GOAL_CARD_PX }} className="pb-2">
        {item === undefined ? (
          <div className="h-full animate-pulse rounded-xl border border-line bg-surface-subtle" data-testid="card-pending">
            <span className="sr-only">Loading</span>
          </div>
        ) : (
          <GoalCard item={item} threshold={threshold} />
        )}
      </li>,
    );
  }
  return (
    <div ref={listRef} className={className} data-testid="goal-cards" aria-busy={busy || undefined}>
      <ol aria-label="Goals" className={busy ? "opacity-60" : undefined} style={{ paddingTop: window.before, paddingBottom: window.after }}>
        {cards}
      </ol>
    </div>
  );
}

function GoalCard({ item, threshold }: { item: GoalListItem; threshold: number }) {
  const goal = item.kind === "goal";
  const name = goal ? item.name || "(unnamed goal)" : item.assignee;
  const href = `/goals/${goal ? item.id : item.goalId}`;
  const lower = item.figures.direction === "LOWER_IS_BETTER";
  return (
    <Link
      href={href}
      prefetch={false}
      className={`flex h-full flex-col justify-between rounded-xl border border-line bg-surface p-3 hover:border-accent ${goal ? "" : "ml-4 bg-surface-subtle"}`}
      data-testid={goal ? "goal-card" : "assignee-card"}
      data-goal-id={goal ? item.id : item.goalId}
    >
      <div className="flex items-start justify-between gap-2">
        <span className="line-clamp-2 font-medium text-link" data-testid="card-name">
          {name}
          {goal && item.archived && <span className="ml-2 rounded bg-surface-strong px-1.5 text-xs text-fg">Archived</span>}
        </span>
        <div className="flex shrink-0 flex-col items-end gap-1" data-testid="card-pace">
          <PaceBadge status={item.figures.status} />
          {item.atRisk && <RiskBadge percent={Math.round(threshold * 100)} lower={lower} />}
        </div>
      </div>
      <div className="grid grid-cols-2 gap-2 text-fg">
        <Figure figure="progressTowardTotal" figures={item.figures} text={item.text.progress} testId="card-progress" missing="—" />
        <Figure figure="attainmentToDate" figures={item.figures} text={item.text.attainment} testId="card-attainment" />
      </div>
      <span className="truncate text-sm text-fg-muted">
        {FIGURES.currentTarget.name}{" "}
        <span className="font-medium tabular-nums text-fg" data-testid="card-current">
          {item.text.currentTarget}
        </span>
        {goal && <> · {humanize(item.cadence)} · {item.text.assigneeCount}</>}
      </span>
    </Link>
  );
}

function Figure({ figure, figures, text, testId, missing }: { figure: "attainmentToDate" | "progressTowardTotal"; figures: Figures; text: string | null; testId: string; missing?: string }) {
  return (
    <div className="flex flex-col">
      <span className="text-xs text-fg-muted">{FIGURES[figure].name}</span>
      <RatioCell figure={figure} standing={figures} text={text} testId={testId} missing={missing} />
    </div>
  );
}
