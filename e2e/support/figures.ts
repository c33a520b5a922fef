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
  };
}

/**
 * A percentage as the page must print it: whole percents, unless that would carry it across the
 * line its verdict draws (100% for an outcome, the ±5% band for an average's pace), then one decimal
 * on the verdict's side.
 */
export function percentText(ratio: number, f: Figures, average: boolean, lowerIsBetter: boolean): string {
  const percent = (digits: number) => new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: digits });
  const text = percent(0).format(ratio);
  const whole = Number(text.replace(/[%,]/g, ""));
  let below: number | null = null;
  let above: number | null = null;
  if (f.status === "Missed") [below, above] = lowerIsBetter ? [null, 100] : [100, null];
  if (average && f.status === "Ahead") [below, above] = lowerIsBetter ? [95, null] : [null, 105];
  if (f.status === "Behind" && (average || !lowerIsBetter)) [below, above] = lowerIsBetter ? [null, 105] : [95, null];
  const tenths = percent(1).format(ratio);
  const tenth = Number(tenths.replace(/[%,]/g, ""));
  if (below !== null && whole >= below) return tenth < below ? tenths : percent(1).format(Math.floor(ratio * 1000) / 1000);
  if (above !== null && whole <= above) return tenth > above ? tenths : percent(1).format(Math.ceil(ratio * 1000) / 1000);
  return text;
}
