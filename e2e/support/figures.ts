import type { RawTarget } from "./emulator";

/**
 * Every figure Goalboard shows, recomputed here from the emulator's raw records by the definitions
 * /help gives, without Goalboard's code: the end-to-end tests compare the pages with this.
 */

const END_INCLUSIVE = /T23:59:59\.999Z$/;

export interface Period {
  id: string;
  schedule: string;
  start: number;
  end: number;
  amount: number;
  value: number | null;
}

/** The UTC offset (ms) of a zone at an instant, from Intl's own reading of it. */
function offsetAt(ms: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(ms)
      .map((p) => [p.type, p.value]),
  );
  return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second) - Math.floor(ms / 1000) * 1000;
}

/** A bound stored at UTC midnight stands for that date's midnight in the portal's zone. */
export function calendar(ms: number, timeZone: string): number {
  if (ms % 86_400_000 !== 0) return ms;
  const first = ms - offsetAt(ms, timeZone);
  return ms - offsetAt(first, timeZone);
}

export function periodsOf(records: RawTarget[], timeZone: string): Period[] {
  return records.map((t) => {
    const p = t.properties;
    const end = Date.parse(p.hs_end_datetime!) + (END_INCLUSIVE.test(p.hs_end_datetime!) ? 1 : 0);
    return {
      id: t.id,
      schedule: p.hs_goal_target_group_id ?? t.id,
      start: calendar(Date.parse(p.hs_start_datetime!), timeZone),
      end: calendar(end, timeZone),
      amount: Number(p.hs_target_amount),
      value: p.hs_kpi_value === null ? null : Number(p.hs_kpi_value),
    };
  });
}

export interface Figures {
  target: number;
  expected: number | null;
  actual: number | null;
  /** Some period with a value is still running. */
  toDate: boolean;
  startedTarget: number | null;
  attainment: number | null;
  totalTarget: number | null;
  progress: number | null;
  status: "Ahead" | "On pace" | "Behind" | "Achieved" | "Missed" | "No progress data" | "Not started";
  /** Schedules left out: started periods, none with a value, while others report. */
  silent: string[];
  /** The periods every figure but the target covers. */
  covered: Period[];
}

const add = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const avg = (xs: number[]) => add(xs) / xs.length;

export function figuresOf(periods: Period[], now: number, options: { average: boolean; lowerIsBetter: boolean }): Figures {
  const started = (p: Period) => p.start <= now;
  const reporting = new Set(periods.filter((p) => started(p) && p.value !== null).map((p) => p.schedule));
  const someone = reporting.size > 0;
  const silent = [...new Set(periods.filter((p) => started(p) && !reporting.has(p.schedule)).map((p) => p.schedule))].filter(() => someone);
  const counted = periods.filter((p) => !silent.includes(p.schedule) && !(someone && started(p) && p.value === null));
  const judged = counted.filter(started);
  const combine = options.average ? avg : add;
  const target = combine(periods.map((p) => p.amount));
  const startedTarget = judged.length ? combine(judged.map((p) => p.amount)) : periods.some(started) ? 0 : null;
  const expected = !periods.some(started)
    ? null
    : options.average
      ? startedTarget
      : add(judged.map((p) => (now >= p.end ? p.amount : (p.amount * (now - p.start)) / (p.end - p.start))));
  const actual = someone ? combine(judged.map((p) => p.value as number)) : null;
  const totalTarget = add(counted.map((p) => p.amount));
  const over = periods.every((p) => p.end <= now);
  let status: Figures["status"];
  if (actual === null || expected === null) status = periods.some(started) ? "No progress data" : "Not started";
  else if (over) status = (options.lowerIsBetter ? actual <= expected : actual >= expected) ? "Achieved" : "Missed";
  else if (actual > expected * 1.05) status = options.lowerIsBetter ? "Behind" : "Ahead";
  else if (actual < expected * 0.95) status = options.lowerIsBetter ? "Ahead" : "Behind";
  else status = "On pace";
  return {
    target,
    expected,
    actual,
    toDate: judged.some((p) => p.value !== null && p.end > now),
    startedTarget,
    attainment: actual !== null && startedTarget ? actual / startedTarget : null,
    totalTarget,
    progress: actual !== null && !options.average && totalTarget ? actual / totalTarget : null,
    status,
    silent,
    covered: counted,
  };
}

/**
 * A percentage as the page must print it: whole percents, unless that would carry it across the
 * line its verdict draws (100% for an outcome, the ±5% band for an average's pace), then one decimal
 * on the verdict's side.
 */
export function percentText(ratio: number, f: Figures, average: boolean, lowerIsBetter: boolean): string {
  let below: number | null = null;
  let above: number | null = null;
  if (f.status === "Missed") [below, above] = lowerIsBetter ? [null, 100] : [100, null];
  if (average && f.status === "Ahead") [below, above] = lowerIsBetter ? [95, null] : [null, 105];
  if (f.status === "Behind" && (average || !lowerIsBetter)) [below, above] = lowerIsBetter ? [null, 105] : [95, null];
  return boundedPercent(ratio, below, above);
}

/** A percentage kept strictly below `below` or above `above` (in percent) when whole percents would reach the line. */
export function boundedPercent(ratio: number, below: number | null, above: number | null): string {
  const percent = (digits: number) => new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: digits });
  const text = percent(0).format(ratio);
  const whole = Number(text.replace(/[%,]/g, ""));
  const tenths = percent(1).format(ratio);
  const tenth = Number(tenths.replace(/[%,]/g, ""));
  if (below !== null && whole >= below) return tenth < below ? tenths : percent(1).format(Math.floor(ratio * 1000) / 1000);
  if (above !== null && whole <= above) return tenth > above ? tenths : percent(1).format(Math.ceil(ratio * 1000) / 1000);
  return text;
}

const DAY_MS = 86_400_000;

export interface ProjectionFigures {
  value: number;
  /** Projection ÷ the covered periods' target (their average, for average goals). */
  attainment: number | null;
  range: { low: number; high: number } | null;
  gap: number;
  end: number;
  remainingMs: number;
  /** Sum goals: target − actual, and that per day left; average goals: what the rest must average. */
  toGo: number | null;
  perDay: number | null;
  neededAverage: number | null;
}

/**
 * The projection as /help defines it, from the same covered periods: sum goals divide the actual
 * by the elapsed share of the plan (expected by today ÷ target), average goals keep the average so
 * far; the range takes each assignee's previous finished period's rate for the rest of the time.
 */
export function projectionOf(f: Figures, now: number, options: { average: boolean }): ProjectionFigures | null {
  if (!["Ahead", "On pace", "Behind"].includes(f.status) || f.actual === null || f.expected === null) return null;
  const covered = f.covered;
  const end = Math.max(...covered.map((p) => p.end));
  if (covered.length === 0 || end <= now) return null;
  const total = add(covered.map((p) => p.amount));
  const target = options.average ? total / covered.length : total;
  if (!options.average && f.expected === 0) return null;
  const value = options.average ? f.actual : f.actual / (f.expected / total);
  const share = add(covered.map((p) => Math.min(Math.max(now - p.start, 0), p.end - p.start))) / add(covered.map((p) => p.end - p.start));
  const ongoing = new Set(covered.filter((p) => p.end > now).map((p) => p.schedule));
  const last = new Map<string, Period>();
  for (const p of covered) {
    if (p.end > now || p.value === null || !ongoing.has(p.schedule)) continue;
    const held = last.get(p.schedule);
    if (!held || p.end > held.end) last.set(p.schedule, p);
  }
  const previous = [...last.values()];
  let other: number | null = null;
  if (previous.length > 0) {
    other = options.average
      ? f.actual * share + avg(previous.map((p) => p.value as number)) * (1 - share)
      : f.actual + (total - f.expected) * (add(previous.map((p) => p.value as number)) / add(previous.map((p) => p.amount)));
  }
  const toGo = options.average ? null : total - f.actual;
  return {
    value,
    attainment: target === 0 ? null : value / target,
    range: other === null ? null : { low: Math.min(value, other), high: Math.max(value, other) },
    gap: value - target,
    end,
    remainingMs: end - now,
    toGo,
    perDay: toGo !== null && toGo > 0 ? (toGo * DAY_MS) / (end - now) : null,
    neededAverage: options.average && share < 1 ? (target - f.actual * share) / (1 - share) : null,
  };
}

/** At risk: projected attainment below the threshold, or above its mirror where lower is better. */
export function atRisk(p: ProjectionFigures | null, threshold: number, lowerIsBetter: boolean): boolean {
  if (p?.attainment == null) return false;
  return lowerIsBetter ? p.attainment > 2 - threshold : p.attainment < threshold;
}

/** Projected attainment as the page prints it: never rounded across the at-risk line, nor across 100% against its gap. */
export function projectedText(p: ProjectionFigures, threshold: number, lowerIsBetter: boolean): string {
  const t = threshold * 100;
  if (atRisk(p, threshold, lowerIsBetter)) return lowerIsBetter ? boundedPercent(p.attainment!, null, 200 - t) : boundedPercent(p.attainment!, t, null);
  return boundedPercent(p.attainment!, p.gap < 0 ? 100 : null, p.gap > 0 ? 100 : null);
}
