import Link from "next/link";
import { FIGURES } from "@/lib/goals/figures";
import type { PeriodStatus } from "@/lib/goals/periods";
import type { Figures } from "@/lib/goals/views/answer";
import type { AssigneeRows } from "@/lib/goals/views/goal-page-state";
import type { Who } from "@/lib/goals/views/leaderboard-state";
import type { RowText } from "@/lib/goals/views/standing-text";
import { ActualText, actualLabel } from "@/components/goals/actual-text";
import { PaceBadge } from "@/components/goals/pace-badge";
import { PHONE_LABEL } from "@/components/table/phone-label";

interface Props {
  view: AssigneeRows;
  /** Heading id, unique on the page. */
  headingId: string;
}
const PERIOD_STATUS: Record<PeriodStatus, string> = { ended: "Ended", active: "Current", upcoming: "Upcoming" };

/**
 * One set of column widths for every assignee table of the page (a fixed layout), so columns do
 * not jump from one table to the next; a value too wide for its column is cut and shown whole in a
 * tooltip. Below `md` the table becomes compact rows: period and pace, then target, actual and
 * attainment, labelled (expected by today and progress are in the standing above and on a desktop).
 */
const COLUMNS = ["13%", "8%", "12%", "12%", "16%", "12%", "13%", "14%"];
const cell = "px-3 py-2 whitespace-nowrap truncate max-md:p-0";
const figure = `${cell} text-right tabular-nums max-md:text-left ${PHONE_LABEL}`;
const row = "max-md:grid max-md:grid-cols-3 max-md:gap-x-3 max-md:gap-y-1 max-md:px-3 max-md:py-2";
const periodCell = `${cell} sticky left-0 bg-surface text-left max-md:static max-md:col-span-2 max-md:self-center`;
const paceCell = `${cell} max-md:col-start-3 max-md:row-start-1 max-md:justify-self-end max-md:self-center`;

/** A ratio, or a dash: a missing actual is said once, in the Actual column, not in every ratio and the pace too. */
function Ratio({ text }: { text: string | null }) {
  if (text !== null) return <>{text}</>;
  return <span className="font-normal text-fg-subtle">—</span>;
}

function AssigneeHeading({ assignee, headingId }: { assignee: Who; headingId: string }) {
  return (
    <h3 id={headingId} className="text-base font-semibold">
      {assignee.name}
      {assignee.kind === "team" && <span className="ml-1 text-sm font-normal text-fg-subtle">(team)</span>}
    </h3>
  );
}

/** A standing's figures as one table row's cells, each named `${testId}-<figure>`. */
function FigureCells({ standing: s, text, testId }: { standing: Figures; text: RowText; testId: string }) {
  const { target, expected, actual } = text;
  return (
    <>
      <td className={figure} data-label={FIGURES.target.name} title={target} data-testid={`${testId}-target`}>
        {target}
      </td>
      <td className={`${figure} max-md:hidden`} data-label={FIGURES.expectedByToday.name} title={expected} data-testid={`${testId}-expected`}>
        {expected}
      </td>
      <td className={figure} data-label={FIGURES.actual.name} title={actualLabel(s, actual)} data-testid={`${testId}-actual`}>
        <ActualText standing={s} amount={actual} />
      </td>
      <td className={figure} data-label={FIGURES.attainmentToDate.name} data-testid={`${testId}-attainment`}>
        <Ratio text={text.attainment} />
      </td>
      <td className={`${figure} max-md:hidden`} data-label={FIGURES.progressTowardTotal.name} data-testid={`${testId}-progress`}>
        <Ratio text={text.progress} />
      </td>
      <td className={paceCell}>{s.actual === null ? <span className="text-fg-subtle">—</span> : <PaceBadge status={s.status} />}</td>
    </>
  );
}

/** One assignee's periods: each period's figures, and the same figures over all of them. */
export function AssigneePeriods({ view, headingId }: Props) {
  const { assignee, periods, total, totalText } = view;
  const head = "px-3 py-2 align-bottom";
  return (
    <section aria-labelledby={headingId} className="space-y-2" data-testid="assignee-periods" data-assignee={assignee.name}>
      <AssigneeHeading assignee={assignee} headingId={headingId} />
      <div className="overflow-x-auto rounded-xl border border-line bg-surface">
        <table className="w-full min-w-[56rem] table-fixed text-sm max-md:block max-md:min-w-0" data-testid="assignee-table">
          <caption className="sr-only">Periods of {assignee.name}</caption>
          <colgroup className="max-md:hidden">
            {COLUMNS.map((width, i) => (
              <col key={i} style={{ width }} />
            ))}
          </colgroup>
          <thead className="bg-surface-subtle text-left text-xs uppercase tracking-wide text-fg-subtle max-md:hidden">
            <tr>
              <th scope="col" className={`${head} sticky left-0 bg-surface-subtle`}>Period</th>
              <th scope="col" className={head}>Status</th>
              <th scope="col" className={`${head} text-right`}>{FIGURES.target.name}</th>
              <th scope="col" className={`${head} text-right`}>{FIGURES.expectedByToday.name}</th>
              <th scope="col" className={`${head} text-right`}>{FIGURES.actual.name}</th>
              <th scope="col" className={`${head} text-right`}>{FIGURES.attainmentToDate.name}</th>
              <th scope="col" className={`${head} text-right`}>{FIGURES.progressTowardTotal.name}</th>
              <th scope="col" className={head}>{FIGURES.pace.name} / {FIGURES.outcome.name}</th>
            </tr>
          </thead>
          <tbody className="max-md:block">
            {periods.map(({ id, start, status, figures, text }) => {
              const { period } = text;
              return (
                <tr key={id} className={`border-t border-line-subtle first:border-t-0 md:first:border-t ${row}`} data-testid="period-row" data-target-id={id} data-start={start}>
                  <th scope="row" className={`${periodCell} font-normal`} title={period}>
                    {/* No prefetch: each detail page reads HubSpot on the server, and prefetching every visible link would spend the portal's rate budget on pages nobody opens. */}
                    <Link href={`/targets/${id}`} prefetch={false} className="text-link hover:underline max-md:inline-flex max-md:min-h-11 max-md:items-center max-md:font-medium">
                      {period}
                    </Link>
                  </th>
                  <td className={`${cell} max-md:hidden`}>{PERIOD_STATUS[status]}</td>
                  <FigureCells standing={figures} text={text} testId="period" />
                </tr>
              );
            })}
          </tbody>
          {periods.length > 1 && (
            <tfoot className="border-t-2 border-line font-medium max-md:block">
              <tr className={row} data-testid="assignee-total">
                <th scope="row" className={`${periodCell} max-md:min-h-11 max-md:content-center`} colSpan={2}>
                  All {periods.length} periods shown
                </th>
                <FigureCells standing={total} text={totalText} testId="assignee-total" />
              </tr>
            </tfoot>
          )}
        </table>
      </div>
    </section>
  );
}
