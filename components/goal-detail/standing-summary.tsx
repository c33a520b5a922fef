import { FIGURES, NO_PROGRESS_FOR_AVERAGE, verdictName } from "@/lib/goals/figures";
import type { Target } from "@/lib/goals/model";
import type { Figures } from "@/lib/goals/views/answer";
import type { Formatters } from "@/lib/goals/formatters";
import { ActualText } from "@/components/goals/actual-text";
import { actualText } from "@/lib/goals/views/line-text";
import { PaceBadge } from "@/components/goals/pace-badge";

interface Props {
  standing: Figures;
  /** Started periods the figures leave out for missing progress. */
  leftOutPeriods: number;
  unit: Target["unit"];
  currency: string | null;
  fmt: Formatters;
  /** Names of the assignees the figures leave out for missing progress, in the standing's order. */
  leftOutNames: readonly string[];
}

export function Figure({ label, value, base, testId }: { label: string; value: React.ReactNode; base?: string | null; testId: string }) {
  return (
    <div className="rounded-xl border border-line bg-surface p-3">
      <dt className="text-xs font-medium text-fg-subtle">{label}</dt>
      <dd className="mt-1 text-lg font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
      {base && (
        <dd className="text-xs text-fg-subtle" data-testid={`${testId}-base`}>
          {base}
        </dd>
      )}
    </div>
  );
}

/**
 * Where the shown periods stand today, every figure under its own name; each percentage names
 * what it divides by, so the figures can be checked against each other on the page.
 */
export function StandingSummary({ standing, leftOutPeriods, unit, currency, fmt, leftOutNames }: Props) {
  const amount = (value: string | null) => fmt.amount(value, unit, currency);
  const noData = <span className="text-base font-normal text-fg-subtle">No progress data</span>;
  const ratio = (value: number | null) => (value === null ? noData : fmt.percentWithin(value, standing));
  const averaged = standing.metricType === "AVG";
  const note = leftOutNote(leftOutPeriods, leftOutNames, fmt);
  return (
    <>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        <Figure label={FIGURES.target.name} value={amount(standing.target)} base={averaged ? "average of the periods" : null} testId="summary-target" />
        <Figure
          label={FIGURES.expectedByToday.name}
          value={standing.expectedByToday === null ? "—" : fmt.expected(standing.expectedByToday, unit, currency)}
          testId="summary-expected"
        />
        <Figure label={FIGURES.actual.name} value={<ActualText standing={standing} amount={actualText(standing, unit, currency, fmt)} />} testId="summary-actual" />
        <Figure
          label={FIGURES.attainmentToDate.name}
          value={ratio(standing.attainmentToDate)}
          base={standing.attainmentToDate === null ? null : `of ${amount(standing.startedTarget)} in periods that have started`}
          testId="summary-attainment"
        />
        <Figure
          label={FIGURES.progressTowardTotal.name}
          value={averaged ? <span className="text-base font-normal text-fg-subtle">{NO_PROGRESS_FOR_AVERAGE}</span> : ratio(standing.progressTowardTotal)}
          base={standing.progressTowardTotal === null ? null : `of ${amount(standing.coveredTarget)}`}
          testId="summary-progress"
        />
        <Figure label={verdictName(standing)} value={<PaceBadge status={standing.status} />} testId="summary-pace" />
      </dl>
      {note && (
        <p className="mt-2 text-sm text-fg-subtle" data-testid="summary-unreported">
          {note}
        </p>
      )}
    </>
  );
}

/** Says who and what the figures leave out, so a verdict next to a partial total is never misread. */
export function leftOutNote(periods: number, names: readonly string[], fmt: Formatters): string | null {
  const parts: string[] = [];
  if (names.length > 0) parts.push(`${joinNames(names)} ${names.length === 1 ? "has" : "have"} no progress data in HubSpot`);
  if (periods > 0) parts.push(`${fmt.count(periods, "started period")} ${periods === 1 ? "has" : "have"} none yet`);
  if (parts.length === 0) return null;
  return `${parts.join("; ")}: every figure but the target leaves them out.`;
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
