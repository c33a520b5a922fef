/** Goalboard's goal maths: pure functions over the model, shared by server and browser. */
export type * from "./model";
export { type TargetRecord, TargetParseError, toTarget, TARGET_PROPERTIES, type TargetProperty } from "./parse-target";
export { parseInstant, exclusiveEnd, type ParsedInstant } from "./parse-instant";
export {
  add,
  compare,
  divide,
  isDecimal,
  isZero,
  mean,
  multiply,
  parseDecimal,
  prorate,
  ratio,
  scale,
  subtract,
  sum,
  toNumber,
} from "./decimal";
export { type Instant, toIso, toMillis } from "./instant";
export {
  containsInstant,
  currentTarget,
  elapsedFraction,
  goalStatus,
  type Period,
  type PeriodStatus,
  spanOf,
  targetStatus,
} from "./periods";
export { type Goal, type Schedule, targetsOf } from "./goal";
export { compareTargets, groupGoals } from "./group";
export { assigneeKey, type DirectoryIndex, indexDirectory, type ResolvedAssignee, resolveAssignee } from "./assignees";
export { judge, type Outcome, outcomeOf, type Pace, PACE_TOLERANCE, type PaceStatus } from "./pace";
export { AT_RISK_THRESHOLD, isAtRisk, type Projection, projectionOf } from "./projection";
export { combine, expectedOf, type LeftOut, type Standing, type StandingContext, standingOf, targetOf } from "./standing";
export { type ChartModel, chartModel, type ChartPoint } from "./chart";
export { FIGURES, type FigureKey, MISSING_PROGRESS, statusLabel, verdictName } from "./figures";
export {
  assertTimeZone,
  calendarInstant,
  calendarPeriod,
  localDateKey,
  localDayRange,
} from "./calendar";
export { type Bucket, type BucketCell, type BucketRow, type BucketSize, bucketBoundaries, bucketTargets } from "./buckets";
export { type GoalRow, goalRow, goalRows, type RowContext, type ScheduleRow, scheduleRow, type TargetRow, targetRow, targetRows } from "./rows";
export { type FilterContext, filterGoals, filterTargets, type GoalFilters } from "./filters";
export {
  GOAL_SORT_KEYS,
  type GoalSortKey,
  type SortDirection,
  sortGoals,
  sortTargets,
  TARGET_SORT_KEYS,
  type TargetSortKey,
} from "./sort";
export { CSV_BOM, type CsvColumn, toCsv } from "./csv";
export {
  type DurationSource,
  formatAmount,
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPercentWithin,
  percentBounds,
  formatPeriod,
} from "./format";
