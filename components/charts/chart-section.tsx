import type { ChartModel } from "@/lib/goals/chart";
import type { Direction, Target } from "@/lib/goals/model";
import type { Formatters } from "@/lib/goals/formatters";
import type { Figures } from "@/lib/goals/views/answer";
import { ChartLegend } from "./chart-legend";
import { LazyTargetChart } from "./lazy-target-chart";
import { rangeText } from "@/components/projection/projection-text";

/** What every period of a chart shares: how its amounts read and which way is better. */
export interface ChartKind {
  unit: Target["unit"];
  currency: string | null;
  cadence: string | null;
  direction: Direction;
}

interface Props {
  /** The chart's series, computed from the figures below (lib/goals/chart.ts). */
  model: ChartModel;
  /** The figures the chart draws: its pace point is their expected by today. */
  figures: Pick<Figures, "expectedByToday" | "projection" | "metricType" | "direction">;
  /** Started periods the figures leave out for missing progress. */
  leftOutPeriods: number;
  kind: ChartKind;
  fmt: Formatters;
  heading: string;
  headingId: string;
  /** Names of the assignees the figures leave out for missing progress. */
  leftOutNames?: readonly string[];
  /** The target page's own period, drawn darker. */
  highlight?: Pick<Target, "start" | "end"> | null;
  /** Where the page gives the chart's figures in words, for readers who cannot see it and before it is drawn. */
  figuresAt: string;
}

/** A titled target-versus-date chart with its key and a summary in words. */
export function ChartSection({ model, figures, leftOutPeriods, kind, fmt, heading, headingId, leftOutNames = [], highlight = null, figuresAt }: Props) {
  if (model.periods === 0) return null;
  const expected = model.today && figures.expectedByToday !== null ? fmt.expected(figures.expectedByToday, kind.unit, kind.currency) : null;
  const leftOut = leftOutText(leftOutNames, leftOutPeriods, fmt);
  const projection = projectionLabel(figures, kind, fmt);
  const description = [
    `Target versus date, ${model.periods} ${model.periods === 1 ? "period" : "periods"} from ${fmt.date(model.domain[0])} to ${fmt.date(model.domain[1] - 1)}.`,
    model.hasActual ? "" : "No progress data.",
    expected ? `Expected by today: ${expected}.` : "",
    model.projection ? `Projection: ${projection}.` : "",
    leftOut ?? "",
    kind.direction === "LOWER_IS_BETTER" ? "Lower is better." : "",
    figuresAt,
  ]
    .filter(Boolean)
    .join(" ");

  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-xl border border-line bg-surface p-4" data-testid="chart-section" data-periods={model.periods}>
      <h2 id={headingId} className="text-lg font-semibold">
        {heading}
      </h2>
      <LazyTargetChart model={model} unit={kind.unit} currency={kind.currency} timeZone={fmt.timeZone} cadence={kind.cadence} description={description} figuresAt={figuresAt} />
      <ChartLegend
        model={model}
        direction={kind.direction}
        expectedLabel={expected}
        leftOut={leftOut}
        highlightLabel={highlight ? `This target (${fmt.period(highlight.start, highlight.end)})` : null}
        projectionLabel={projection}
      />
    </section>
  );
}

/** The projection at the end of the chart, with its range when there is one. */
function projectionLabel({ projection }: Pick<Figures, "projection">, kind: ChartKind, fmt: Formatters): string | null {
  if (!projection) return null;
  const amount = (value: string | null) => fmt.expected(value, kind.unit, kind.currency);
  const range = rangeText(projection, kind.unit, amount);
  return `${amount(projection.value)} on ${fmt.lastDay(new Date(projection.end).toISOString())}${range ? ` (range ${range})` : ""}`;
}

function leftOutText(names: readonly string[], periods: number, fmt: Formatters): string | null {
  const parts = [...names];
  if (periods > 0) parts.push(`${fmt.count(periods, "started period")} without progress data`);
  if (parts.length === 0) return null;
  return `Leaves out ${parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : parts[0]}, as the figures above do.`;
}
