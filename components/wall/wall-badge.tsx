import { statusLabel } from "@/lib/goals/figures";
import type { PaceStatus } from "@/lib/goals/pace";
import { badgeClass } from "@/components/status/status-style";

/** A pace or outcome badge sized by its parent, for the wallboard's large type. */
export function WallBadge({ status }: { status: PaceStatus }) {
  return <span className={`inline-block whitespace-nowrap rounded-full px-[0.6em] py-[0.1em] font-medium ${badgeClass(status)}`}>{statusLabel(status)}</span>;
}
