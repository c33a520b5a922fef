import { statusLabel } from "@/lib/goals/figures";
import type { PaceStatus } from "@/lib/goals/pace";
import { badgeClass } from "@/components/status/status-style";

/** A pace (ahead, on pace, behind) or an outcome (achieved, missed), in its status colour. */
export function PaceBadge({ status }: { status: PaceStatus }) {
  return <span className={`inline-block whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${badgeClass(status)}`}>{statusLabel(status)}</span>;
}
