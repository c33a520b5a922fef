import type { Pace } from "@/lib/goals/pace";
import type { Target } from "@/lib/goals/model";
import type { Formatters } from "@/components/format/use-formatters";
import { PaceBadge } from "@/components/goals/pace-badge";

interface Props {
  pace: Pace;
  unit: Target["unit"];
  currency: string | null;
  averaged: boolean;
  lowerIsBetter: boolean;
  fmt: Formatters;
  /** One period rather than a set of them. */
  single?: boolean;
}

function Figure({ label, value, testId }: { label: string; value: React.ReactNode; testId: string }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-3">
      <dt className="text-xs font-medium text-slate-600">{label}</dt>
      <dd className="mt-1 text-lg font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

/** Where the shown periods stand today. Missing progress says so; it is never a 0%. */
export function PaceSummary({ pace, unit, currency, averaged, lowerIsBetter, fmt, single = false }: Props) {
  const amount = (value: string | null) => fmt.amount(value, unit, currency);
  const noData = <span className="text-base font-normal text-slate-600">No progress data</span>;
  const note = unreportedNote(pace, fmt);
  return (
    <>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-5">
        <Figure label={single ? "Target" : averaged ? "Average target" : "Total target"} value={amount(pace.target)} testId="summary-target" />
        <Figure label={averaged ? "Target now" : "Expected by today"} value={fmt.expected(pace.expected, unit, currency)} testId="summary-expected" />
        <Figure label={single ? "Actual" : averaged ? "Actual (latest reported)" : "Actual so far"} value={pace.actual === null ? noData : amount(pace.actual)} testId="summary-actual" />
        <Figure
          label={lowerIsBetter ? "Actual ÷ target (lower is better)" : "Attainment"}
          value={pace.attainment === null ? noData : fmt.percent(pace.attainment)}
          testId="summary-attainment"
        />
        <Figure label={ended(pace.status) ? "Outcome" : "Pace"} value={<PaceBadge pace={pace} />} testId="summary-pace" />
      </dl>
      {note && (
        <p className="mt-2 text-sm text-slate-600" data-testid="summary-unreported">
          {note}
        </p>
      )}
    </>
  );
}

const ended = (status: Pace["status"]) => status === "achieved" || status === "missed";

/** Says what the figures leave out, so a verdict next to a partial total is never misread. */
function unreportedNote({ status, unreported }: Pace, fmt: Formatters): string | null {
  if (status === "no_data" || status === "not_started") return null;
  const parts: string[] = [];
  const has = (n: number) => (n === 1 ? "has" : "have");
  if (unreported.schedules > 0) parts.push(`${fmt.count(unreported.schedules, "assignee")} ${has(unreported.schedules)} no progress data in HubSpot`);
  if (unreported.periods > 0) parts.push(`${fmt.count(unreported.periods, "started period")} ${has(unreported.periods)} none yet`);
  if (parts.length === 0) return null;
  return `${parts.join(", and ")}: expected, attainment and ${ended(status) ? "outcome" : "pace"} cover the rest.`;
}
