import type { ChartModel } from "@/lib/goals/chart";
import { FIGURES } from "@/lib/goals/figures";
import type { Direction } from "@/lib/goals/model";
import { CHART_COLORS } from "./chart-colors";

interface Props {
  model: ChartModel;
  direction: Direction;
  /** The pace point's value (the standing's expected by today), formatted, when today is on the chart. */
  expectedLabel: string | null;
  /** Who and what the chart leaves out for missing progress, in words. */
  leftOut: string | null;
  /** The projection and its range, formatted, when the chart draws them. */
  projectionLabel?: string | null;
  highlightLabel?: string | null;
}

function Swatch({ color, kind }: { color: string; kind: "bar" | "line" | "dashed" | "dotted" | "dot" | "hollow" }) {
  const base = "inline-block shrink-0";
  if (kind === "bar") return <span aria-hidden="true" className={`${base} h-3 w-4 rounded-sm bg-chart-bar`} />;
  if (kind === "dot" || kind === "hollow") return <span aria-hidden="true" className={`${base} h-3 w-3 rounded-full border-2 bg-surface`} style={{ borderColor: color }} />;
  return <span aria-hidden="true" className={`${base} h-0 w-5 ${kind === "dotted" ? "border-t-[3px] border-dotted" : kind === "dashed" ? "border-t-2 border-dashed" : "border-t-2"}`} style={{ borderColor: color }} />;
}

/** The chart's key in HTML, so it wraps on a phone and a screen reader can read it. */
export function ChartLegend({ model, direction, expectedLabel, leftOut, highlightLabel, projectionLabel = null }: Props) {
  const items: { key: string; swatch: React.ReactNode; text: string }[] = [
    { key: "bars", swatch: <Swatch color="" kind="bar" />, text: model.cumulative ? "Target per period (left axis)" : "Target per period" },
  ];
  if (highlightLabel) items.push({ key: "highlight", swatch: <span aria-hidden="true" className="inline-block h-3 w-4 rounded-sm bg-chart-bar-highlight" />, text: highlightLabel });
  if (model.cumulative) items.push({ key: "ct", swatch: <Swatch color={CHART_COLORS.cumulativeTarget} kind="dashed" />, text: "Cumulative target (right axis)" });
  if (model.cumulative && model.hasActual) items.push({ key: "ca", swatch: <Swatch color={CHART_COLORS.cumulativeActual} kind="line" />, text: "Cumulative actual (right axis)" });
  if (!model.cumulative && model.hasActual) items.push({ key: "a", swatch: <Swatch color={CHART_COLORS.actual} kind="line" />, text: "Actual per period" });
  if (model.actualToDate) {
    items.push({
      key: "to-date",
      swatch: <Swatch color={model.cumulative ? CHART_COLORS.cumulativeActual : CHART_COLORS.actual} kind="hollow" />,
      text: "Actual to date: the period is still running",
    });
  }
  if (model.projection && projectionLabel) {
    items.push({
      key: "projection",
      swatch: <Swatch color={model.cumulative ? CHART_COLORS.projected : CHART_COLORS.actual} kind="dotted" />,
      text: `${FIGURES.projection.name} (dotted, at the rate so far): ${projectionLabel}`,
    });
  }
  if (model.today) items.push({ key: "today", swatch: <Swatch color={CHART_COLORS.today} kind="dashed" />, text: "Today" });
  if (model.today && expectedLabel) {
    items.push({ key: "pace", swatch: <Swatch color={CHART_COLORS.today} kind="dot" />, text: `${FIGURES.expectedByToday.name}: ${expectedLabel}` });
  }
  return (
    <div className="space-y-1 text-sm text-fg-muted">
      <ul className="flex flex-wrap gap-x-5 gap-y-1" aria-label="Chart key">
        {items.map((item) => (
          <li key={item.key} className="flex items-center gap-2">
            {item.swatch}
            {item.text}
          </li>
        ))}
      </ul>
      {leftOut && <p data-testid="chart-left-out">{leftOut}</p>}
      {!model.hasActual && <p>No progress data: HubSpot has not reported an actual for these periods.</p>}
      {direction === "LOWER_IS_BETTER" && <p className="font-medium">Lower is better: an actual below the target meets the goal.</p>}
    </div>
  );
}
