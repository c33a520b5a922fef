import { resolveAssignee } from "../assignees";
import { filterTargets } from "../filters";
import type { Target } from "../model";
import type { PeriodStatus } from "../periods";
import type { TargetRow } from "../rows";
import { sortTargets } from "../sort";
import { type Figures, figuresOf, type LoadState, type RowWindow, type ViewBase, viewBase } from "./answer";
import { contextAt, type PortalModel, targetRowAt } from "./portal";
import { filtersOf, type TargetListState, targetListState, stateQuery } from "./state";
import { remember } from "./view-memo";

/** One goal target as /targets shows it: its properties, its assignee and creator by name, its figures. */
export interface TargetLine {
  target: Target;
  assignee: string;
  createdBy: string | null;
  status: PeriodStatus;
  figures: Figures;
}

export interface TargetListAnswer extends ViewBase {
  /** Targets matching the filters, of all targets. */
  shown: number;
  total: number;
  offset: number;
  items: TargetLine[];
}

/** The targets matching the view's filters, in its order, at a moment. */
export function targetListRows(model: PortalModel, state: TargetListState, at: number): readonly TargetRow[] {
  return remember(model, "targets", `${at}|${stateQuery(targetListState, state)}`, () => {
    const context = contextAt(model, at);
    const targets = filterTargets(model.targets, filtersOf(state), { now: at, directoryIndex: model.index, timeZone: context.timeZone });
    return sortTargets(
      targets.map((target) => targetRowAt(target, context)),
      state.sort,
      state.dir,
    );
  });
}

export function targetListView(model: PortalModel, state: TargetListState, window: RowWindow, at: number, load: LoadState): TargetListAnswer {
  const rows = targetListRows(model, state, at);
  const items = rows.slice(window.offset, window.offset + window.limit).map(
    (row): TargetLine => ({
      target: row.target,
      assignee: row.assignee.name,
      createdBy: row.target.createdByUserId ? resolveAssignee({ kind: "user", id: row.target.createdByUserId }, model.index).name : null,
      status: row.status,
      figures: figuresOf(row.standing),
    }),
  );
  return { ...viewBase(model, at, load), shown: rows.length, total: model.targets.length, offset: window.offset, items };
}
