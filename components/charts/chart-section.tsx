import type { ChartModel } from "@/lib/goals/chart";
import type { ChartKind, ChartText } from "@/lib/goals/views/standing-text";
import { ChartLegend } from "./chart-legend";
import { LazyTargetChart } from "./lazy-target-chart";

interface Props {
  /** The chart's series (lib/goals/chart.ts). */
  model: ChartModel;
  /** Its words (lib/goals/views/standing-text.ts). */
  text: ChartText;
  kind: ChartKind;
  timeZone: string;
  heading: string;
  headingId: string;
}

/** A titled target-versus-date chart with its key and a summary in words. */
export function ChartSection({ model, text, kind, timeZone, heading, headingId }: Props) {
  if (model.periods === 0) return null;
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-xl border border-line bg-surface p-4" data-testid="chart-section" data-periods={model.periods}>
      <h2 id={headingId} className="text-lg font-semibold">
        {heading}
      </h2>
      <LazyTargetChart model={model} unit={kind.unit} currency={kind.currency} timeZone={timeZone} cadence={kind.cadence} description={text.description} figuresAt={text.figuresAt} />
      <ChartLegend model={model} direction={kind.direction} expectedLabel={text.expected} leftOut={text.leftOut} highlightLabel={text.highlight} projectionLabel={text.projection} />
    </section>
  );
}
