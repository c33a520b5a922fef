import Link from "next/link";
import type { ResolvedAssignee } from "@/lib/goals/assignees";
import type { Target } from "@/lib/goals/model";
import { paceOf, targetPace } from "@/lib/goals/pace";
import { type PeriodStatus, targetStatus } from "@/lib/goals/periods";
import type { Formatters } from "@/components/format/use-formatters";
import { PaceBadge } from "@/components/goals/pace-badge";
import { PendingBox } from "@/components/states/skeleton";

interface Props {
  assignee: ResolvedAssignee;
  targets: readonly Target[];
  now: number;
  fmt: Formatters;
  /** Heading id, unique on the page. */
  headingId: string;
}

const PERIOD_STATUS: Record<PeriodStatus, string> = { ended: "Ended", active: "Current", upcoming: "Upcoming" };
const cell = "px-3 py-2 whitespace-nowrap";
const num = `${cell} text-right tabular-nums`;

/** Table head, one row per period and the total row, at this table's row height. */
function tableHeight(periods: number): number {
  return 37 * (1 + periods + (periods > 1 ? 1 : 0));
}
const HEADING_HEIGHT = 36;

function Attainment({ ratio, percent }: { ratio: number | null; percent: Formatters["percent"] }) {
  return ratio === null ? <span className="text-slate-600">No progress data</span> : <>{percent(ratio)}</>;
}

function AssigneeHeading({ assignee, headingId }: Pick<Props, "assignee" | "headingId">) {
  return (
    <h3 id={headingId} className="text-base font-semibold">
      {assignee.name}
      {assignee.kind === "team" && <span className="ml-1 text-sm font-normal text-slate-600">(team)</span>}
    </h3>
  );
}

/**
 * Stands in for an assignee's table until the page has hydrated: the heading, and a box of the
 * table's height so nothing below moves when the table takes its place.
 */
export function PendingPeriods({ assignee, periods, headingId }: Pick<Props, "assignee" | "headingId"> & { periods: number }) {
  return (
    <section aria-labelledby={headingId} className="space-y-2" data-testid="assignee-periods-pending">
      <AssigneeHeading assignee={assignee} headingId={headingId} />
      <PendingBox height={tableHeight(periods)} testId="assignee-table-pending" />
    </section>
  );
}

/** One assignee's periods: target, actual where HubSpot knows it, attainment and pace. */
export function AssigneePeriods({ assignee, targets, now, fmt, headingId }: Props) {
  const averaged = targets[0]?.metricType === "AVG";
  const amount = (t: Target, value: string | null) => fmt.amount(value, t.unit, t.currency);
  const overall = paceOf(targets, now);
  return (
    <section
      aria-labelledby={headingId}
      // These tables sit below the chart; off screen the browser skips their style, layout and
      // paint until they scroll near, which a goal with hundreds of periods would otherwise pay
      // before its first paint. The estimated height keeps the scrollbar honest meanwhile.
      // "Near" includes the first table on a desktop screen, so until the page has hydrated the
      // tables are skipped outright where scripts run: drawing one cost the first frame as much
      // style, layout and raster as everything above it. Without scripts they are drawn as ever.
      className="space-y-2 [content-visibility:auto] until-hydrated:[content-visibility:hidden]"
      style={{ containIntrinsicSize: `auto ${HEADING_HEIGHT + tableHeight(targets.length)}px` }}
      data-testid="assignee-periods"
      data-assignee={assignee.name}
    >
      <AssigneeHeading assignee={assignee} headingId={headingId} />
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Periods of {assignee.name}</caption>
          <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className={cell}>Period</th>
              <th scope="col" className={cell}>Status</th>
              <th scope="col" className={`${cell} text-right`}>Target</th>
              <th scope="col" className={`${cell} text-right`}>Actual</th>
              <th scope="col" className={`${cell} text-right`}>Attainment</th>
              <th scope="col" className={cell}>Pace</th>
            </tr>
          </thead>
          <tbody>
            {targets.map((t) => {
              const pace = targetPace(t, now);
              return (
                <tr key={t.id} className="border-t border-slate-100" data-testid="period-row" data-target-id={t.id} data-start={t.start}>
                  <th scope="row" className={`${cell} font-normal`}>
                    {/* No prefetch: each detail page reads HubSpot on the server, and prefetching every visible link would spend the portal's rate budget on pages nobody opens. */}
                    <Link href={`/targets/${t.id}`} prefetch={false} className="text-blue-800 hover:underline">
                      {fmt.period(t.start, t.end)}
                    </Link>
                  </th>
                  <td className={cell}>{PERIOD_STATUS[targetStatus(t, now)]}</td>
                  <td className={num} data-testid="period-target">{amount(t, t.amount)}</td>
                  <td className={num} data-testid="period-actual">
                    {t.actual === null ? <span className="text-slate-600">No progress data</span> : amount(t, t.actual)}
                  </td>
                  <td className={num} data-testid="period-attainment">
                    <Attainment ratio={pace.attainment} percent={fmt.percent} />
                  </td>
                  <td className={cell}>
                    <PaceBadge pace={pace} />
                  </td>
                </tr>
              );
            })}
          </tbody>
          {targets.length > 1 && (
            <tfoot className="border-t-2 border-slate-200 font-medium">
              <tr data-testid="assignee-total">
                <th scope="row" className={`${cell} text-left`} colSpan={2}>
                  {averaged ? "Current standing (latest reported period)" : "Total of shown periods"}
                </th>
                <td className={num} data-testid="assignee-total-target">{fmt.amount(overall.target, targets[0].unit, targets[0].currency)}</td>
                <td className={num} data-testid="assignee-total-actual">
                  {overall.actual === null ? <span className="font-normal text-slate-600">No progress data</span> : fmt.amount(overall.actual, targets[0].unit, targets[0].currency)}
                </td>
                <td className={num}>
                  <Attainment ratio={overall.attainment} percent={fmt.percent} />
                </td>
                <td className={cell}>
                  <PaceBadge pace={overall} />
                </td>
              </tr>
            </tfoot>
          )}
        </table>
      </div>
    </section>
  );
}
