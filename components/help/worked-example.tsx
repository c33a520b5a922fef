import { FIGURES, statusLabel } from "@/lib/goals/figures";
import type { Target } from "@/lib/goals/model";
import { standingOf } from "@/lib/goals/standing";
import { formatMoney, formatPercent, formatPercentWithin, percentBounds, projectionBounds } from "@/lib/goals/format";
import { AT_RISK_THRESHOLD, isAtRisk } from "@/lib/goals/at-risk";
import { gapText, neededText, rangeText } from "@/lib/goals/views/projection-text";

/**
 * /help's worked example, computed by the same standing model the pages use, so the numbers in
 * the explanation are the numbers Goalboard would show.
 */
const NOW = "2026-03-16T12:00:00.000Z";
const MONTHS = ["2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01"].map((d) => `${d}T00:00:00.000Z`);
const SOFIA = ["10000", "9000", "4000", null];

function month(i: number, who: "sofia" | "liam"): Target {
  return {
    id: `${who}-${i}`,
    goalId: "example",
    scheduleId: who,
    name: "Example revenue quota",
    goalType: "sales_quota",
    cadence: "monthly",
    start: MONTHS[i],
    end: MONTHS[i + 1],
    endRaw: MONTHS[i + 1],
    amount: "10000",
    actual: who === "sofia" ? SOFIA[i] : null,
    direction: "HIGHER_IS_BETTER",
    metricType: "SUM",
    unit: "currency",
    assignee: { kind: "owner", id: who },
    pipelineIds: [],
    pipelineObject: null,
    createdByUserId: null,
    fiscalYearOffset: 0,
    currency: "USD",
    createdAt: MONTHS[0],
    updatedAt: MONTHS[0],
    archived: false,
  };
}

export function WorkedExample() {
  const targets = [0, 1, 2, 3].flatMap((i) => [month(i, "sofia"), month(i, "liam")]);
  const s = standingOf(targets, { now: NOW, timeZone: "UTC" });
  const money = (value: string | null) => formatMoney(value, "USD", "en-US");
  const percent = (value: number | null) => formatPercentWithin(value, percentBounds(s), "en-US");
  const p = s.projection!;
  const amount = (value: string | null) => money(value);
  const rows: [string, string, string][] = [
    [FIGURES.target.name, money(s.target), "Four months of $10,000 for each of the two reps, Liam's included."],
    [FIGURES.expectedByToday.name, money(s.expectedByToday), "Sofia's January and February in full, and half of March (15½ of its 31 days have passed). Liam is left out: HubSpot has no progress for him."],
    [FIGURES.actual.name, `${money(s.actual)} to date`, "What HubSpot measured for Sofia in January, February and March so far."],
    [FIGURES.attainmentToDate.name, percent(s.attainmentToDate), `${money(s.actual)} ÷ ${money(s.startedTarget)}, the full targets of Sofia's January to March.`],
    [FIGURES.progressTowardTotal.name, percent(s.progressTowardTotal), `${money(s.actual)} ÷ ${money(s.coveredTarget)}, Sofia's four months.`],
    [FIGURES.percentOfExpected.name, percent(s.percentOfExpected), `${money(s.actual)} ÷ ${money(s.expectedByToday)}.`],
    [s.outcome ? FIGURES.outcome.name : FIGURES.pace.name, statusLabel(s.status), `${money(s.actual)} is more than 5% below the ${money(s.expectedByToday)} expected by today.`],
    [
      FIGURES.projection.name,
      money(p.value),
      `${money(s.actual)} ÷ ${formatPercent(Number(s.expectedByToday) / Number(s.coveredTarget), "en-US", 1)}, the share of Sofia's ${money(s.coveredTarget)} that should be done by today (${money(s.expectedByToday)}).`,
    ],
    [
      FIGURES.projectionRange.name,
      rangeText(p, "currency", amount) ?? "—",
      `February, Sofia's last finished month, reached ${formatPercent(Number(SOFIA[1]) / 10000, "en-US")} of its target; at that rate the rest of her plan (${money(String(Number(s.coveredTarget) - Number(s.expectedByToday)))}) brings her to ${money(p.range!.low)}.`,
    ],
    [FIGURES.projectedAttainment.name, formatPercentWithin(p.attainment, projectionBounds(s), "en-US"), `${money(p.value)} ÷ ${money(s.coveredTarget)}.`],
    [
      FIGURES.gapToTarget.name,
      gapText(p, "currency", amount),
      `${money(p.toGo)} (${money(s.coveredTarget)} − ${money(s.actual)}) is still to be done by April 30: ${neededText(p, s, "currency", amount)}.`,
    ],
    [FIGURES.atRisk.name, isAtRisk(p, s.direction) ? "Yes" : "No", `A projected attainment below ${formatPercent(AT_RISK_THRESHOLD, "en-US")} would be at risk.`],
  ];
  return (
    <div className="space-y-2">
      <p>
        A revenue goal for January to April with a target of $10,000 a month for Sofia and for Liam. Today is March 16, halfway through March.
        Sofia&apos;s values in HubSpot are $10,000 for January, $9,000 for February and $4,000 for March so far; HubSpot has no progress
        data for Liam at all.
      </p>
      <table className="w-full border-collapse text-sm" data-testid="worked-example">
        <thead>
          <tr className="border-b border-line-strong text-left">
            <th scope="col" className="py-1 pr-3">Figure</th>
            <th scope="col" className="py-1 pr-3 text-right">Shown</th>
            <th scope="col" className="py-1">How</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, shown, how]) => (
            <tr key={name} className="border-b border-line-subtle align-top">
              <th scope="row" className="py-1 pr-3 text-left font-medium">{name}</th>
              <td className="whitespace-nowrap py-1 pr-3 text-right tabular-nums">{shown}</td>
              <td className="py-1">{how}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>The page adds: “Liam has no progress data in HubSpot: every figure but the target leaves them out.”</p>
    </div>
  );
}
