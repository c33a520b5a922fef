import { isAtRisk } from "../at-risk";
import type { ChartModel } from "../chart";
import type { Formatters } from "../formatters";
import type { Direction, Target } from "../model";
import type { Projection } from "../projection";
import type { Figures } from "./answer";
import { actualText, ratioText } from "./line-text";
import { gapText, neededText, noProjectionText, rangeText } from "./projection-text";

/**
 * A standing's figures as the goal and target pages print them: the summary cards, the projection,
 * a period row and the chart's words. The goal page's server view sends this text; the target page
 * builds it in the browser with the same functions.
 */

/** How a set of periods' amounts read, and which way is better. */
export interface AmountKind {
  unit: Target["unit"];
  currency: string | null;
}

export interface ChartKind extends AmountKind {
  cadence: string | null;
  direction: Direction;
}

/** One row's (or card's) figures; a null ratio or actual has none (the cell says why from the figures). */
export interface RowText {
  target: string;
  /** "—" before any period has started. */
  expected: string;
  actual: string | null;
  attainment: string | null;
  progress: string | null;
}

export interface StandingText extends RowText {
  /** The bases the percentages divide by. */
  startedTarget: string;
  coveredTarget: string;
  /** Who and what the figures leave out, in a sentence; null when nothing is. */
  note: string | null;
}

export type ProjectionText =
  | { none: string }
  | {
      lastDay: string;
      value: string;
      range: string | null;
      /** Projected attainment, never rounded across the threshold it is flagged at. */
      attainment: string;
      atRisk: boolean;
      /** The at-risk threshold in whole percent. */
      percent: number;
      gap: string;
      needed: string;
    };

export interface ChartText {
  /** The chart in words, for readers who cannot see it and before it is drawn. */
  description: string;
  /** Expected by today at the pace point, when today is on the chart. */
  expected: string | null;
  leftOut: string | null;
  projection: string | null;
  /** The target page's own period. */
  highlight: string | null;
  /** Where the page gives the chart's figures in words (said where the chart is not drawn yet). */
  figuresAt: string;
}

export function rowText(f: Figures, { unit, currency }: AmountKind, fmt: Formatters): RowText {
  return {
    target: fmt.amount(f.target, unit, currency),
    expected: f.expectedByToday === null ? "—" : fmt.expected(f.expectedByToday, unit, currency),
    actual: actualText(f, unit, currency, fmt),
    attainment: ratioText(f.attainmentToDate, f, fmt),
    progress: ratioText(f.progressTowardTotal, f, fmt),
  };
}

export function standingText(f: Figures, leftOutPeriods: number, leftOutNames: readonly string[], kind: AmountKind, fmt: Formatters): StandingText {
  return {
    ...rowText(f, kind, fmt),
    startedTarget: fmt.amount(f.startedTarget, kind.unit, kind.currency),
    coveredTarget: fmt.amount(f.coveredTarget, kind.unit, kind.currency),
    note: leftOutNote(leftOutPeriods, leftOutNames, fmt),
  };
}

/** Projections are expectations: counts in whole numbers, like the expected by today. */
const expectedAmount = ({ unit, currency }: AmountKind, fmt: Formatters) => (value: string | null) => fmt.expected(value, unit, currency);

/** Where a projection lands: its value, on the last day of its periods, and its range. */
function projectionEnd(projection: Projection, kind: AmountKind, fmt: Formatters) {
  const amount = expectedAmount(kind, fmt);
  return { lastDay: fmt.lastDay(projection.end), value: amount(projection.value), range: rangeText(projection, kind.unit, amount) };
}

export function projectionText(f: Figures, kind: AmountKind, fmt: Formatters, threshold: number): ProjectionText {
  const projection = f.projection;
  if (!projection) return { none: noProjectionText(f) };
  const { unit } = kind;
  const amount = expectedAmount(kind, fmt);
  return {
    ...projectionEnd(projection, kind, fmt),
    attainment: fmt.projected(f, threshold),
    atRisk: isAtRisk(projection, f.direction, threshold),
    percent: Math.round(threshold * 100),
    gap: gapText(projection, unit, amount),
    needed: neededText(projection, f, unit, amount),
  };
}

interface ChartWords {
  leftOutPeriods: number;
  leftOutNames?: readonly string[];
  highlight?: Pick<Target, "start" | "end"> | null;
  /** Where the page gives the chart's figures in words. */
  figuresAt: string;
}

export function chartText(model: ChartModel, f: Figures, kind: ChartKind, fmt: Formatters, words: ChartWords): ChartText {
  const expected = model.today && f.expectedByToday !== null ? expectedAmount(kind, fmt)(f.expectedByToday) : null;
  const leftOut = chartLeftOut(words.leftOutNames ?? [], words.leftOutPeriods, fmt);
  const projection = projectionLabel(f, kind, fmt);
  const description = [
    `Target versus date, ${model.periods} ${model.periods === 1 ? "period" : "periods"} from ${fmt.date(model.domain[0])} to ${fmt.date(model.domain[1] - 1)}.`,
    model.hasActual ? "" : "No progress data.",
    expected ? `Expected by today: ${expected}.` : "",
    model.projection ? `Projection: ${projection}.` : "",
    leftOut ?? "",
    kind.direction === "LOWER_IS_BETTER" ? "Lower is better." : "",
    words.figuresAt,
  ]
    .filter(Boolean)
    .join(" ");
  const highlight = words.highlight ? `This target (${fmt.period(words.highlight.start, words.highlight.end)})` : null;
  return { description, expected, leftOut, projection, highlight, figuresAt: words.figuresAt };
}

/** The projection at the end of the chart, with its range when there is one. */
function projectionLabel({ projection }: Pick<Figures, "projection">, kind: AmountKind, fmt: Formatters): string | null {
  if (!projection) return null;
  const { value, lastDay, range } = projectionEnd(projection, kind, fmt);
  return `${value} on ${lastDay}${range ? ` (range ${range})` : ""}`;
}

function chartLeftOut(names: readonly string[], periods: number, fmt: Formatters): string | null {
  const parts = [...names];
  if (periods > 0) parts.push(`${fmt.count(periods, "started period")} without progress data`);
  if (parts.length === 0) return null;
  return `Leaves out ${joinNames(parts)}, as the figures above do.`;
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
