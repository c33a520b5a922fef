import type { Pace } from "@/lib/goals/pace";

const STYLES: Record<Pace["status"], { label: string; className: string }> = {
  ahead: { label: "Ahead", className: "bg-emerald-100 text-emerald-900" },
  on_pace: { label: "On pace", className: "bg-sky-100 text-sky-900" },
  behind: { label: "Behind", className: "bg-amber-100 text-amber-900" },
  achieved: { label: "Achieved", className: "bg-emerald-100 text-emerald-900" },
  missed: { label: "Missed", className: "bg-rose-100 text-rose-900" },
  no_data: { label: "No progress data", className: "bg-slate-100 text-slate-700" },
  not_started: { label: "Not started", className: "bg-slate-100 text-slate-700" },
};

export function PaceBadge({ pace }: { pace: Pace }) {
  const style = STYLES[pace.status];
  return <span className={`inline-block whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ${style.className}`}>{style.label}</span>;
}

export const paceLabel = (pace: Pace) => STYLES[pace.status].label;
