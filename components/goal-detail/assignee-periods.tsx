import Link from "next/link";
import type { ResolvedAssignee } from "@/lib/goals/assignees";
import { FIGURES } from "@/lib/goals/figures";
import type { AssigneeView } from "@/lib/goals/goal-view";
import type { Target } from "@/lib/goals/model";
import type { PeriodStatus } from "@/lib/goals/periods";
import type { Standing } from "@/lib/goals/standing";
import type { Formatters } from "@/components/format/use-formatters";
import { ActualText } from "@/components/goals/actual-text";
import { PaceBadge } from "@/components/goals/pace-badge";

interface Props {
  view: AssigneeView;
  fmt: Formatters;
  /** Heading id, unique on the page. */
  headingId: string;
}
const PERIOD_STATUS: Record<PeriodStatus, string> = { ended: "Ended", active: "Current", upcoming: "Upcoming" };
const cell = "px-3 py-2 whitespace-nowrap";
const num = `${cell} text-right tabular-nums`;

function Ratio({ ratio, standing, fmt }: { ratio: number | null; standing: Standing; fmt: Formatters }) {
  if (ratio !== null) return <>{fmt.percentWithin(ratio, standing)}</>;
  return <span className="font-normal text-fg-subtle">{standing.actual !== null || standing.status === "not_started" ? "—" : "No progress data"}</span>;
}

function AssigneeHeading({ assignee, headingId }: { assignee: ResolvedAssignee; headingId: string }) {
  return (
    <h3 id={headingId} className="text-base font-semibold">
      {assignee.name}
      {assignee.kind === "team" && <span className="ml-1 text-sm font-normal text-fg-subtle">(team)</span>}
    </h3>
  );
}

/** A standing's figures as one table row's cells, each named `${testId}-<figure>`. */
function FigureCells({ standing: s, testId, unit, currency, fmt }: { standing: Standing; testId: string; unit: Target["unit"]; currency: string | null; fmt: Formatters }) {
  return (
    <>
      <td className={num} data-testid={`${testId}-target`}>{fmt.amount(s.target, unit, currency)}</td>
      <td className={num} data-testid={`${testId}-expected`}>{s.expectedByToday === null ? "—" : fmt.expected(s.expectedByToday, unit, currency)}</td>
      <td className={num} data-testid={`${testId}-actual`}>
        <ActualText standing={s} unit={unit} currency={currency} fmt={fmt} />
      </td>
      <td className={num} data-testid={`${testId}-attainment`}>
        <Ratio ratio={s.attainmentToDate} standing={s} fmt={fmt} />
      </td>
      <td className={num} data-testid={`${testId}-progress`}>
        <Ratio ratio={s.progressTowardTotal} standing={s} fmt={fmt} />
      </td>
      <td className={cell}>
        <PaceBadge status={s.status} />
      </td>
    </>
  );
}

/** One assignee's periods: each period's figures, and the same figures over all of them. */
export function AssigneePeriods({ view, fmt, headingId }: Props) {
  const { assignee, periods, standing } = view;
  const first = periods[0]?.target;
  const unit = first?.unit ?? "count";
  const currency = first?.currency ?? null;
  return (
    <section aria-labelledby={headingId} className="space-y-2" data-testid="assignee-periods" data-assignee={assignee.name}>
      <AssigneeHeading assignee={assignee} headingId={headingId} />
      <div className="overflow-x-auto rounded-xl border border-line bg-surface">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Periods of {assignee.name}</caption>
          <thead className="bg-surface-subtle text-left text-xs uppercase tracking-wide text-fg-subtle">
            <tr>
              <th scope="col" className={cell}>Period</th>
              <th scope="col" className={cell}>Status</th>
              <th scope="col" className={`${cell} text-right`}>{FIGURES.target.name}</th>
              <th scope="col" className={`${cell} text-right`}>{FIGURES.expectedByToday.name}</th>
              <th scope="col" className={`${cell} text-right`}>{FIGURES.actual.name}</th>
              <th scope="col" className={`${cell} text-right`}>{FIGURES.attainmentToDate.name}</th>
              <th scope="col" className={`${cell} text-right`}>{FIGURES.progressTowardTotal.name}</th>
              <th scope="col" className={cell}>{FIGURES.pace.name} / {FIGURES.outcome.name}</th>
            </tr>
          </thead>
          <tbody>
            {periods.map(({ target: t, status, standing: s }) => (
              <tr key={t.id} className="border-t border-line-subtle" data-testid="period-row" data-target-id={t.id} data-start={t.start}>
                <th scope="row" className={`${cell} font-normal`}>
                  {/* No prefetch: each detail page reads HubSpot on the server, and prefetching every visible link would spend the portal's rate budget on pages nobody opens. */}
                  <Link href={`/targets/${t.id}`} prefetch={false} className="text-link hover:underline">
                    {fmt.period(t.start, t.end)}
                  </Link>
                </th>
                <td className={cell}>{PERIOD_STATUS[status]}</td>
                <FigureCells standing={s} testId="period" unit={unit} currency={currency} fmt={fmt} />
              </tr>
            ))}
          </tbody>
          {periods.length > 1 && (
            <tfoot className="border-t-2 border-line font-medium">
              <tr data-testid="assignee-total">
                <th scope="row" className={`${cell} text-left`} colSpan={2}>
                  All {periods.length} periods shown
                </th>
                <FigureCells standing={standing} testId="assignee-total" unit={unit} currency={currency} fmt={fmt} />
              </tr>
            </tfoot>
          )}
        </table>
      </div>
    </section>
  );
}
