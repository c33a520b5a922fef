import { FIGURES, NO_PROGRESS_FOR_AVERAGE, verdictName } from "@/lib/goals/figures";
import type { Figures } from "@/lib/goals/views/answer";
import type { StandingText } from "@/lib/goals/views/standing-text";
import { ActualText } from "@/components/goals/actual-text";
import { PaceBadge } from "@/components/goals/pace-badge";

interface Props {
  /** The figures behind the text: what is missing and why, the verdict. */
  standing: Figures;
  text: StandingText;
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
export function StandingSummary({ standing, text }: Props) {
  const noData = <span className="text-base font-normal text-fg-subtle">No progress data</span>;
  const averaged = standing.metricType === "AVG";
  return (
    <>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
        <Figure label={FIGURES.target.name} value={text.target} base={averaged ? "average of the periods" : null} testId="summary-target" />
        <Figure label={FIGURES.expectedByToday.name} value={text.expected} testId="summary-expected" />
        <Figure label={FIGURES.actual.name} value={<ActualText standing={standing} amount={text.actual} />} testId="summary-actual" />
        <Figure
          label={FIGURES.attainmentToDate.name}
          value={text.attainment ?? noData}
          base={standing.attainmentToDate === null ? null : `of ${text.startedTarget} in periods that have started`}
          testId="summary-attainment"
        />
        <Figure
          label={FIGURES.progressTowardTotal.name}
          value={averaged ? <span className="text-base font-normal text-fg-subtle">{NO_PROGRESS_FOR_AVERAGE}</span> : (text.progress ?? noData)}
          base={standing.progressTowardTotal === null ? null : `of ${text.coveredTarget}`}
          testId="summary-progress"
        />
        <Figure label={verdictName(standing)} value={<PaceBadge status={standing.status} />} testId="summary-pace" />
      </dl>
      {text.note && (
        <p className="mt-2 text-sm text-fg-subtle" data-testid="summary-unreported">
          {text.note}
        </p>
      )}
    </>
  );
}
