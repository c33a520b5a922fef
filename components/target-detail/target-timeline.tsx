import Link from "next/link";
import type { Target } from "@/lib/goals/model";
import { targetStatus } from "@/lib/goals/periods";
import type { Formatters } from "@/lib/goals/formatters";
import { CurrentInView } from "./current-in-view";

interface Props {
  target: Target;
  /** The assignee's periods of the goal, in time order. */
  schedule: readonly Target[];
  assigneeName: string;
  now: number;
  fmt: Formatters;
}

/** The assignee's run of periods with this one marked, each a link to its own page. */
export function TargetTimeline({ target, schedule, assigneeName, now, fmt }: Props) {
  const position = schedule.findIndex((t) => t.id === target.id);
  return (
    <div className="space-y-2">
      <p className="text-sm text-fg-muted" data-testid="timeline-position">
        Period {position + 1} of {schedule.length} for {assigneeName}
        {targetStatus(target, now) === "active" ? " · the current period" : ""}
      </p>
      <CurrentInView className="relative flex gap-2 overflow-x-auto pb-2" label={`Periods of ${assigneeName}`} testId="target-timeline">
        {schedule.map((t) => {
          const current = t.id === target.id;
          return (
            <li key={t.id} className="shrink-0">
              {/* No prefetch: each detail page reads HubSpot on the server, and prefetching every visible link would spend the portal's rate budget on pages nobody opens. */}
              <Link
                href={`/targets/${t.id}`}
                prefetch={false}
                aria-current={current ? "page" : undefined}
                className={`block rounded-lg border px-3 py-2 text-xs ${current ? "border-accent bg-accent text-on-fill" : "border-line bg-surface text-fg hover:border-accent"}`}
                data-testid="timeline-period"
                data-target-id={t.id}
              >
                <span className="block font-medium">{fmt.period(t.start, t.end)}</span>
                <span className="block tabular-nums">{fmt.amount(t.amount, t.unit, t.currency)}</span>
              </Link>
            </li>
          );
        })}
      </CurrentInView>
    </div>
  );
}
