/** Quota planning: the goal as an editable grid, its bulk tools, checks and CSV. Pure, like the rest of lib/goals. */
export * from "./model";
export { allocate } from "./allocate";
export { checkAmount, parseAmountInput, type AmountCheck } from "./amount";
export { aggregate, changesOf, totalsOf, type Aggregate, type CellChange, type Totals } from "./changes";
export { importPlanCsv, parseDelimited, periodHeader, planCsv, planCsvColumns, type CsvImport, type LineError } from "./csv";
export { edit, emptyDraft, rebase, redo, undo, type DraftState, type DraftStep } from "./draft";
export { lastYearOf, yearBefore, type PastTarget } from "./last-year";
export { pasteBlock, type PasteResult } from "./paste";
export { planTargetOf } from "./records";
export { changeProblems, familyProblems, type ProposedChange, type RuleProblem } from "./rules";
export { adjustByPercent, copyFromAssignee, roundToStep, spreadTotal, type Profile, type ToolContext, type ToolResult } from "./tools";
