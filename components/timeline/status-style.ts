import type { PeriodStatus } from "@/lib/goals/periods";

/** Bar colours by status; each keeps its label text at WCAG AA contrast. */
export const STATUS_BAR: Record<PeriodStatus, string> = {
  active: "bg-blue-700 text-white",
  upcoming: "bg-violet-200 text-violet-950 ring-1 ring-inset ring-violet-600",
  ended: "bg-slate-500 text-white",
};

export const STATUS_NAME: Record<PeriodStatus, string> = {
  active: "active",
  upcoming: "upcoming",
  ended: "ended",
};

/** Diagonal hatching: a period with no target must look empty, not merely pale. */
export const HATCH: React.CSSProperties = {
  backgroundImage: "repeating-linear-gradient(135deg, #94a3b8 0 1.5px, transparent 1.5px 6px)",
};
