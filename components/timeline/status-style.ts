import type { PeriodStatus } from "@/lib/goals/periods";

/** Bar colours by status; each keeps its label text at WCAG AA contrast. */
export const STATUS_BAR: Record<PeriodStatus, string> = {
  active: "bg-timeline-active text-on-fill",
  upcoming: "bg-timeline-upcoming text-timeline-upcoming-fg ring-1 ring-inset ring-timeline-upcoming-ring",
  ended: "bg-timeline-ended text-on-fill",
};

export const STATUS_NAME: Record<PeriodStatus, string> = {
  active: "active",
  upcoming: "upcoming",
  ended: "ended",
};

/** Diagonal hatching: a period with no target must look empty, not merely pale. */
export const HATCH: React.CSSProperties = {
  backgroundImage: "repeating-linear-gradient(135deg, var(--color-timeline-gap) 0 1.5px, transparent 1.5px 6px)",
};
