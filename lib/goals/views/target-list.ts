import { assigneeKey, type ResolvedAssignee, resolveAssignee } from "../assignees";
import { filterTargets } from "../filters";
import type { Target } from "../model";
import type { PeriodStatus } from "../periods";
import type { TargetRow } from "../rows";
import { isMomentFreeTargetKey, type MomentFreeTargetKey, type SortDirection, sortTargetBases, sortTargets, type TargetBasis } from "../sort";
import { type Figures, figuresOf, type LoadState, type RowWindow, type ViewBase, viewBase } from "./answer";
import { contextAt, type PortalModel, targetRowAt } from "./portal";
import { filtersOf, type TargetListState, targetListState, stateQuery } from "./state";
import { remember } from "./view-memo";
import { type Formatters, makeFormatters } from "../formatters";
import { actualText, ratioText } from "./line-text";

/** One goal target as /targets shows it: its properties, its assignee and creator by name, its figures. */
export interface TargetLine {
  /** What the row links to and shows of the record; the rest is printed in `text`. */
  target: Pick<Target, "id" | "name" | "createdAt" | "updatedAt">;
  assignee: string;
  createdBy: string | null;
  status: PeriodStatus;
  figures: Figures;
  /** What the row prints, formatted on the server (see line-text.ts). */
  text: TargetText;
}

export interface TargetText {
  amount: string;
  /** null without progress (the cell says why from the figures). */
  actual: string | null;
  attainment: string | null;
  /** The first and last calendar day of the period. */
  firstDay: string;
  lastDay: string;
  /** A record's day in the portal's zone, and its moment there beside the raw value HubSpot sent. */
  created: { day: string; moment: string };
  modified: { day: string; moment: string };
}

export interface TargetListAnswer extends ViewBase {
  /** Targets matching the filters, of all targets. */
  shown: number;
  total: number;
  offset: number;
  items: TargetLine[];
  /** "Showing 40 of 96 goal targets". */
  summary: string;
}

const basesHeld = new WeakMap<PortalModel, readonly TargetBasis[]>();

/**
 * Every target with its assignee, one resolved assignee shared per person: what a moment-free
 * order sorts. Built once per model for every such order and direction, as the goal list's are.
 */
function targetBases(model: PortalModel): readonly TargetBasis[] {
  let bases = basesHeld.get(model);
  if (bases) return bases;
  const assignees = new Map<string, ResolvedAssignee>();
  bases = model.targets.map((target) => {
    const key = assigneeKey(target.assignee);
    let assignee = assignees.get(key);
    if (!assignee) assignees.set(key, (assignee = resolveAssignee(target.assignee, model.index)));
    return { target, assignee };
  });
  basesHeld.set(model, bases);
  return bases;
}

/**
 * Every target of the portal in a moment-free order, sorted once per model: a filter keeps the
 * order, so each view of it is one pass over the portal and the window's figures. At 100,003
 * targets the first /targets in its default order went from judging and sorting every target
 * (5.0 s) to 0.2 s, and a minute later from 5.0 s to 1 ms (bench/views-profile.ts, 2 loaded cores).
 */
function portalOrder(model: PortalModel, sort: MomentFreeTargetKey, dir: SortDirection): readonly Target[] {
  return remember(model, "target-order", `${sort}|${dir}`, () => sortTargetBases(targetBases(model), sort, dir).map((row) => row.target));
}

/** The targets matching the view's filters, in its order, at a moment. */
function orderedTargets(model: PortalModel, state: TargetListState, at: number): readonly Target[] {
  const { sort } = state;
  const momentFree = isMomentFreeTargetKey(sort);
  const moment = momentFree && state.status.length === 0 ? "" : at;
  return remember(model, "targets", `${moment}|${stateQuery(targetListState, state)}`, () => {
    const context = contextAt(model, at);
    const matching = (targets: readonly Target[]) => filterTargets(targets, filtersOf(state), { now: at, directoryIndex: model.index, timeZone: context.timeZone });
    if (momentFree) return matching(portalOrder(model, sort, state.dir));
    const rows = matching(model.targets).map((target) => targetRowAt(target, context));
    return sortTargets(rows, sort, state.dir).map((row) => row.target);
  });
}

/** The rows of every target the view matches, in its order (the CSV export). */
export function targetListRows(model: PortalModel, state: TargetListState, at: number): readonly TargetRow[] {
  const context = contextAt(model, at);
  return orderedTargets(model, state, at).map((target) => targetRowAt(target, context));
}

export function targetListView(model: PortalModel, state: TargetListState, window: RowWindow, at: number, load: LoadState): TargetListAnswer {
  const targets = orderedTargets(model, state, at);
  const context = contextAt(model, at);
  const fmt = makeFormatters(model.data.account);
  const items = targets.slice(window.offset, window.offset + window.limit).map((target): TargetLine => {
    const row = targetRowAt(target, context);
    const figures = figuresOf(row.standing);
    const { id, name, createdAt, updatedAt } = row.target;
    return {
      target: { id, name, createdAt, updatedAt },
      assignee: row.assignee.name,
      createdBy: row.target.createdByUserId ? resolveAssignee({ kind: "user", id: row.target.createdByUserId }, model.index).name : null,
      status: row.status,
      figures,
      text: targetText(row.target, figures, fmt),
    };
  });
  const summary = `Showing ${fmt.number(targets.length)} of ${fmt.count(model.targets.length, state.archived ? "archived goal target" : "goal target")}`;
  return { ...viewBase(model, at, load), shown: targets.length, total: model.targets.length, offset: window.offset, items, summary };
}

function targetText(target: Target, figures: Figures, fmt: Formatters): TargetText {
  const moment = (iso: string) => ({ day: fmt.date(iso), moment: `${fmt.dateTime(iso)} (HubSpot: ${iso})` });
  return {
    amount: fmt.amount(target.amount, target.unit, target.currency),
    actual: actualText(figures, target.unit, target.currency, fmt),
    attainment: ratioText(figures.attainmentToDate, figures, fmt),
    firstDay: fmt.firstDay(target.start),
    lastDay: fmt.lastDay(target.end),
    created: moment(target.createdAt),
    modified: moment(target.updatedAt),
  };
}
