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
  | { kind: "goal"; goal: BarGoal; span: Span; status: PeriodStatus; expanded: boolean; assigneeCount: number }
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
      segments: Segment[];
    }
  | { kind: "more-assignees"; goalId: string; hidden: number };

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
    return {
      ...viewBase(model, at, load),
      fiscalYearOffset: model.fiscalYearOffset,
      range,
      goalCount: selection.goals.length,
      targetCount: selection.targets.length,
      gantt: { ...gantt, lines: gantt.lines.map(lineOf) },
      periods,
      measures,
      measure,
      chart,
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

function lineOf(line: GanttLine): TimelineLine {
  switch (line.kind) {
    case "goal":
      return { kind: "goal", goal: barGoal(line.goal), span: line.span, status: line.status, expanded: line.expanded, assigneeCount: line.assigneeCount };
    case "assignee": {
      const targets = line.schedule.targets;
      return {
        kind: "assignee",
        goal: barGoal(line.goal),
        scheduleId: line.schedule.id,
        assignee: { key: line.assignee.key, name: line.assignee.name },
        from: targets[0].start,
        to: targets.reduce((latest, t) => (t.end > latest ? t.end : latest), targets[0].end),
        span: line.span,
        status: line.status,
        amount: line.amount,
        segments: line.segments,
      };
    }
    case "more-assignees":
      return { kind: "more-assignees", goalId: line.goal.id, hidden: line.hidden };
  }
}
