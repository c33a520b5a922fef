import type { Formatters } from "../formatters";
import type { Target } from "../model";
import type { Figures } from "./answer";

/**
 * A list row's figures as the page prints them, formatted here on the server (lib/goals/formatters,
 * the one definition of how a figure reads): the list pages' browser code then neither formats nor
 * carries the formatting code. In Chromium the first Intl.NumberFormat of a page costs ~45 ms
 * (~180 ms at Lighthouse's 4x CPU), paid during hydration by any page that formats.
 */
export interface FigureText {
  /** First to last day of the row's periods. */
  dates: string;
  /** The Target of the periods running now; "—" between periods. */
  currentTarget: string;
  target: string;
  /** A ratio as a percentage; null where there is none (the cell says why from the figures). */
  attainment: string | null;
  progress: string | null;
  /** Projected attainment, never rounded across the view's at-risk threshold; null without a projection. */
  projected: string | null;
}

interface Row {
  start: string;
  end: string;
  unit: Target["unit"];
  currency: string | null;
  currentTarget: string | null;
  figures: Figures;
}

/** A ratio of a standing (attainment to date, progress toward the total) as text; null where there is none. */
export function ratioText(ratio: number | null, figures: Figures, fmt: Formatters): string | null {
  return ratio === null ? null : fmt.percentWithin(ratio, figures);
}

export function figureText(row: Row, fmt: Formatters, threshold: number): FigureText {
  const { figures: f, unit, currency } = row;
  return {
    dates: fmt.period(row.start, row.end),
    currentTarget: row.currentTarget === null ? "—" : fmt.amount(row.currentTarget, unit, currency),
    target: fmt.amount(f.target, unit, currency),
    attainment: ratioText(f.attainmentToDate, f, fmt),
    progress: ratioText(f.progressTowardTotal, f, fmt),
    projected: f.projection ? fmt.projected(f, threshold) : null,
  };
}

/** A standing's actual as text, or null where there is none (the cell says why from the figures). */
export function actualText(figures: Pick<Figures, "actual">, unit: Target["unit"], currency: string | null, fmt: Formatters): string | null {
  return figures.actual === null ? null : fmt.amount(figures.actual, unit, currency);
}
