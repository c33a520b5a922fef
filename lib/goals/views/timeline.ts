import type { Goal } from "../goal";
import type { Target } from "../model";
import type { PeriodStatus } from "../periods";
import { type GanttLine, planGantt, type Segment, type Span } from "../timeline-bars";
import { type Measure, measureOptions, type PeriodModel, periodModel, pickMeasure } from "../timeline-periods";
import { type DateRange, resolveRange, type ResolvedRange } from "../timeline-range";
import { type PeriodPlan, planPeriods } from "../timeline-scale";
import { selectTimeline, type TimelineSelection } from "../timeline-select";
import { type LoadState, type ViewBase, viewBase } from "./answer";
import type { PortalModel } from "./portal";
import { filtersOf, stateQuery, type TimelineState, timelineState } from "./state";
import { remember } from "./view-memo";
import { type Formatters, makeFormatters } from "../formatters";
import { axisTicks } from "../timeline-scale";
import { type BarText, barText, labelTicks, type LabelledTick, periodText, type PeriodText, timelineText, type TimelineText } from "./timeline-text";

/** What a bar needs of its goal. */
export interface BarGoal {
  id: string;
  name: string;
  start: string;
  end: string;
  /** The goal's Target over every period and assignee: the bar's label. */
  totalAmount: string;
  unit: Target["unit"];
  currency: string | null;
  metricType: Target["metricType"];
}

export type TimelineLine =
  | { kind: "goal"; goal: BarGoal; span: Span; status: PeriodStatus; expanded: boolean; assigneeCount: number; text: BarText }
  | {
      kind: "assignee";
      goal: BarGoal;
      scheduleId: string;
      assignee: { key: string; name: string };
      /** First start and last end of the assignee's periods. */
      from: string;
      to: string;
      span: Span | null;
      status: PeriodStatus;
      /** The schedule's Target: the bar's label. */
      amount: string;
      /** Its periods and the gaps between them; a gap's dates as text. */
      segments: (Segment & { dates?: string })[];
      text: BarText;
    }
  | { kind: "more-assignees"; goalId: string; hidden: number; text: string };

export interface TimelineAnswer extends ViewBase {
  fiscalYearOffset: number;
  range: ResolvedRange;
  /** Goals and targets in the range that pass the filters. */
  goalCount: number;
  targetCount: number;
  gantt: { lines: TimelineLine[]; shownGoals: number; totalGoals: number; marks: number; cutByBudget: number };
  periods: PeriodPlan;
  measures: Measure[];
  measure: Measure | null;
  chart: PeriodModel | null;
  /** The axis's ticks, each with its label. */
  ticks: LabelledTick[];
  text: TimelineText;
  chartText: PeriodText | null;
}

/**
 * The goals and targets the filters and range select, kept per model across moments (only a
 * status filter reads the moment): the next minute's timeline judges its chart and bars again but
 * does not select from the whole portal again. At 100,003 targets, 0.2 s of the 0.4 s a timeline
 * cost a minute later (bench/views-profile.ts).
 */
function timelineSelection(model: PortalModel, state: TimelineState, range: DateRange, at: number): TimelineSelection {
  const filters = filtersOf(state);
  const moment = state.status.length > 0 ? at : "";
  return remember(model, "timeline-selection", `${moment}|${range.start}|${range.end}|${JSON.stringify(filters)}`, () =>
    selectTimeline(model.goals, filters, { now: at, directoryIndex: model.index, timeZone: model.data.account.timeZone }, range),
  );
}

export function timelineView(model: PortalModel, state: TimelineState, at: number, load: LoadState): TimelineAnswer {
  return remember(model, "timeline", `${at}|${stateQuery(timelineState, state)}|${JSON.stringify(load)}`, () => {
    const timeZone = model.data.account.timeZone;
    const range = resolveRange({ preset: state.range, from: state.from, to: state.to }, at, timeZone, model.fiscalYearOffset);
    const selection = timelineSelection(model, state, range, at);
    const gantt = planGantt(selection.goals, {
      range,
      now: at,
      timeZone,
      directory: model.index,
      limit: state.goals,
      expanded: new Set(state.open),
      scheduleIds: selection.scheduleIds,
    });
    const periods = planPeriods(range, state.bucket, timeZone, model.fiscalYearOffset);
    const measures = measureOptions(selection.targets);
    const measure = pickMeasure(measures, state.measure);
    const chart = measure ? periodModel(selection.targets, periods.buckets, measure, state.group, model.index, { progressUntil: at, level: state.level }) : null;
    const fmt = makeFormatters(model.data.account);
    const counts = { goals: selection.goals.length, targets: selection.targets.length, shownGoals: gantt.shownGoals, totalGoals: gantt.totalGoals };
    return {
      ...viewBase(model, at, load),
      fiscalYearOffset: model.fiscalYearOffset,
      range,
      goalCount: selection.goals.length,
      targetCount: selection.targets.length,
      gantt: { ...gantt, lines: gantt.lines.map((line) => lineOf(line, fmt)) },
      periods,
      measures,
      measure,
      chart,
      ticks: labelTicks(axisTicks(range, timeZone, model.fiscalYearOffset), timeZone),
      text: timelineText(fmt, range, at, counts),
      chartText: chart ? periodText(chart, fmt) : null,
    };
  });
}

function barGoal(goal: Goal): BarGoal {
  return {
    id: goal.id,
    name: goal.name,
    start: goal.start,
    end: goal.end,
    totalAmount: goal.totalAmount,
    unit: goal.unit,
    currency: goal.currency,
    metricType: goal.metricType,
  };
}

function lineOf(line: GanttLine, fmt: Formatters): TimelineLine {
  switch (line.kind) {
    case "goal": {
      const { goal } = line;
      const text = barText(fmt, goal.totalAmount, goal.unit, goal.currency, goal.start, goal.end);
      return { kind: "goal", goal: barGoal(goal), span: line.span, status: line.status, expanded: line.expanded, assigneeCount: line.assigneeCount, text };
    }
    case "assignee": {
      const { goal } = line;
      const targets = line.schedule.targets;
      const from = targets[0].start;
      const to = targets.reduce((latest, t) => (t.end > latest ? t.end : latest), targets[0].end);
      return {
        kind: "assignee",
        goal: barGoal(line.goal),
        scheduleId: line.schedule.id,
        assignee: { key: line.assignee.key, name: line.assignee.name },
        from,
        to,
        span: line.span,
        status: line.status,
        amount: line.amount,
        segments: line.segments.map((s) => (s.kind === "gap" ? { ...s, dates: fmt.period(s.start, s.end) } : s)),
        text: barText(fmt, line.amount, goal.unit, goal.currency, from, to),
      };
    }
    case "more-assignees":
      return { kind: "more-assignees", goalId: line.goal.id, hidden: line.hidden, text: fmt.count(line.hidden, "more assignee", "more assignees") };
  }
}
