import type { Pace } from "@/lib/goals/pace";

/** Attainment as a number and a bar; missing progress says so, it is never shown as 0%. */
export function ProgressCell({ pace, percent }: { pace: Pace; percent: (ratio: number | null) => string }) {
  if (pace.attainment === null) return <span className="text-slate-600">No progress data</span>;
  const width = Math.max(0, Math.min(100, pace.attainment * 100));
  return (
    <div className="flex items-center gap-2">
      <span className="w-12 text-right tabular-nums">{percent(pace.attainment)}</span>
      <span aria-hidden="true" className="h-1.5 w-16 overflow-hidden rounded-full bg-slate-200">
        <span className="block h-full bg-blue-700" style={{ width: `${width}%` }} />
      </span>
    </div>
  );
}
