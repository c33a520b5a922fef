/** Quota planning: the goal as an editable grid, its bulk tools, checks and CSV. Pure, like the rest of lib/goals. */
export * from "./model";
export { allocate } from "./allocate";
export { checkAmount, parseAmountInput } from "./amount";
export { aggregate, changesOf, totalsOf, type Aggregate, type Totals } from "./changes";
export { importPlanCsv, parseDelimited, planCsv, planCsvColumns, type CsvImport } from "./csv";
export { edit, emptyDraft, rebase, redo, undo, type DraftState } from "./draft";
export { lastYearOf, yearBefore, type PastTarget } from "./last-year";
export { pasteBlock } from "./paste";
export { planTargetOf } from "./records";
export { changeProblems, familyProblems, type RuleProblem } from "./rules";
export { adjustByPercent, copyFromAssignee, roundToStep, spreadTotal, type Profile, type ToolContext, type ToolResult } from "./tools";
