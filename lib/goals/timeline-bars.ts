import { type DirectoryIndex, type ResolvedAssignee, resolveAssignee } from "./assignees";
import { calendarPeriod } from "./calendar";
import type { Goal, Schedule } from "./goal";
import { type Instant, toMillis } from "./instant";
import { compareText } from "./ordering";
import { goalStatus, type PeriodStatus, targetStatus } from "./periods";
import type { DateRange } from "./timeline-range";
import { clipToRange } from "./timeline-scale";
import { scheduleKey } from "./timeline-select";
import { targetOf } from "./standing";

/** Goal bars drawn before "show more". */
export { GOAL_PAGE } from "./view-choices";
/** Assignee bars under one expanded goal before the rest collapse into "and N more". */
export const MAX_ASSIGNEES_PER_GOAL = 25;
/** Marks one chart may draw: past this a browser repaints slowly and nobody can read it anyway. */
export const MAX_MARKS = 2000;

export interface Span {
  start: number;
  end: number;
  /** The period goes on before or after the range. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** A stretch of an assignee's row: covered by targets, or a period of the goal with no target for them. */
export interface Segment {
  kind: "target" | "gap";
  start: number;
  end: number;
}

export type GanttLine =
  | { kind: "goal"; goal: Goal; span: Span; status: PeriodStatus; expanded: boolean; assigneeCount: number }
  | {
      kind: "assignee";
      goal: Goal;
      schedule: Schedule;
      assignee: ResolvedAssignee;
      span: Span | null;
      status: PeriodStatus;
      /** The schedule's Target (see `Standing.target`): what the bar is labelled with. */
      amount: string;
      segments: Segment[];
    }
  | { kind: "more-assignees"; goal: Goal; hidden: number };

export interface GanttPlan {
  lines: GanttLine[];
  shownGoals: number;
  /** Goals meeting the range. */
  totalGoals: number;
  /** Bars and gap markers the plan draws; never above the budget. */
  marks: number;
  /** Goals left out because drawing them would pass the mark budget (not just the page size). */
  cutByBudget: number;
}

export interface GanttOptions {
  range: DateRange;
  now: Instant;
  timeZone: string;
  directory: DirectoryIndex;
  /** How many goals to draw (a page of GOAL_PAGE, more after "show more"). */
  limit: number;
  expanded: ReadonlySet<string>;
  /** From selectTimeline: only these schedules, when people are filtered. */
  scheduleIds: ReadonlySet<string> | null;
  maxAssignees?: number;
  maxMarks?: number;
}

/** The goal bars and, for expanded goals, assignee bars with their uncovered periods, within a mark budget. */
export function planGantt(goals: readonly Goal[], options: GanttOptions): GanttPlan {
  const maxMarks = options.maxMarks ?? MAX_MARKS;
  const maxAssignees = options.maxAssignees ?? MAX_ASSIGNEES_PER_GOAL;
  const at = toMillis(options.now);
  const lines: GanttLine[] = [];
  let marks = 0;
  let shown = 0;
  const inView = goals.flatMap((goal) => {
    const span = clipToRange(goal, options.range, options.timeZone);
    return span ? [{ goal, span }] : [];
  });
  const page = inView.slice(0, Math.max(0, options.limit));
  for (const { goal, span } of page) {
    const schedules = goal.schedules.filter((s) => options.scheduleIds === null || options.scheduleIds.has(scheduleKey(goal.id, s.id)));
    const expanded = options.expanded.has(goal.id);
    const group: GanttLine[] = [{ kind: "goal", goal, span, status: goalStatus(goal, at), expanded, assigneeCount: schedules.length }];
    let groupMarks = 1;
    if (expanded) {
      const people = schedules
        .map((schedule) => ({ schedule, assignee: resolveAssignee(schedule.assignee, options.directory) }))
        .sort((a, b) => compareText(a.assignee.name, b.assignee.name) || (a.schedule.id < b.schedule.id ? -1 : 1));
      for (const { schedule, assignee } of people.slice(0, maxAssignees)) {
        const line = assigneeLine(goal, schedule, assignee, span, options, at);
        group.push(line);
        groupMarks += line.segments.length;
      }
      if (people.length > maxAssignees) group.push({ kind: "more-assignees", goal, hidden: people.length - maxAssignees });
    }
    if (marks + groupMarks > maxMarks) break;
    lines.push(...group);
    marks += groupMarks;
    shown++;
  }
  return { lines, shownGoals: shown, totalGoals: inView.length, marks, cutByBudget: page.length - shown };
}


type AssigneeLine = Extract<GanttLine, { kind: "assignee" }>;

function assigneeLine(goal: Goal, schedule: Schedule, assignee: ResolvedAssignee, goalSpan: Span, options: GanttOptions, at: number): AssigneeLine {
  const first = schedule.targets[0];
  const last = schedule.targets.reduce((latest, t) => (t.end > latest.end ? t : latest), first);
  return {
    kind: "assignee",
    goal,
    schedule,
    assignee,
    span: clipToRange({ start: first.start, end: last.end }, options.range, options.timeZone),
    status: targetStatus({ start: first.start, end: last.end }, at),
    amount: targetOf(schedule.targets, goal.metricType) ?? "0",
    segments: coverage(schedule, goalSpan, options.timeZone),
  };
}

/**
 * The goal's visible span cut into runs an assignee's targets cover and the gaps between them.
 * Periods are read as calendar dates, as buckets read them, so consecutive months meet exactly.
 */
export function coverage(schedule: Pick<Schedule, "targets">, window: { start: number; end: number }, timeZone: string): Segment[] {
  const periods = schedule.targets
    .map((t) => calendarPeriod(t.start, t.end, timeZone))
    .map((p) => ({ start: Math.max(p.start, window.start), end: Math.min(p.end, window.end) }))
    .filter((p) => p.end > p.start)
    .sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let cursor = window.start;
  for (const period of periods) {
    const previous = segments[segments.length - 1];
    if (previous?.kind === "target" && period.start <= previous.end) {
      previous.end = Math.max(previous.end, period.end);
    } else {
      if (period.start > cursor) segments.push({ kind: "gap", start: cursor, end: period.start });
      segments.push({ kind: "target", start: period.start, end: period.end });
    }
    cursor = Math.max(cursor, period.end);
  }
  if (cursor < window.end) segments.push({ kind: "gap", start: cursor, end: window.end });
  return segments;
}
