import type { DraftValues, PlanTarget } from "./model";

/**
 * The grid's edits with undo and redo. Each step (a typed cell, a pasted block, a bulk tool) is one
 * entry, undone as a whole. A value equal to HubSpot's is no change and leaves the draft.
 */
export interface DraftState {
  values: DraftValues;
  past: DraftStep[];
  future: DraftStep[];
}

export interface DraftStep {
  label: string;
  /** Draft value before and after, by target id; undefined = HubSpot's value. */
  before: Record<string, string | undefined>;
  after: Record<string, string | undefined>;
}

export const emptyDraft = (): DraftState => ({ values: {}, past: [], future: [] });

function assign(values: DraftValues, patch: Record<string, string | undefined>): DraftValues {
  const next: Record<string, string> = { ...values };
  for (const [id, value] of Object.entries(patch)) {
    if (value === undefined) delete next[id];
    else next[id] = value;
  }
  return next;
}

/** Sets cells to new amounts (canonical decimals) as one undoable step; unchanged cells are ignored. */
export function edit(state: DraftState, targets: readonly PlanTarget[], label: string, amounts: Record<string, string>): DraftState {
  const base = new Map(targets.map((target) => [target.id, target.amount]));
  const before: Record<string, string | undefined> = {};
  const after: Record<string, string | undefined> = {};
  for (const [id, amount] of Object.entries(amounts)) {
    if (!base.has(id)) continue;
    const next = amount === base.get(id) ? undefined : amount;
    if (next === state.values[id]) continue;
    before[id] = state.values[id];
    after[id] = next;
  }
  if (Object.keys(after).length === 0) return state;
  return { values: assign(state.values, after), past: [...state.past, { label, before, after }], future: [] };
}

export function undo(state: DraftState): DraftState {
  const step = state.past.at(-1);
  if (!step) return state;
  return { values: assign(state.values, step.before), past: state.past.slice(0, -1), future: [step, ...state.future] };
}

export function redo(state: DraftState): DraftState {
  const step = state.future[0];
  if (!step) return state;
  return { values: assign(state.values, step.after), past: [...state.past, step], future: state.future.slice(1) };
}

/**
 * After HubSpot's values changed (an apply, a reload): drafts that now equal HubSpot's value are
 * done and leave; the undo history stays, so "undo" can still bring an edit back into the draft.
 */
export function rebase(state: DraftState, targets: readonly PlanTarget[]): DraftState {
  const base = new Map(targets.map((target) => [target.id, target.amount]));
  const values: Record<string, string> = {};
  for (const [id, value] of Object.entries(state.values)) if (base.has(id) && base.get(id) !== value) values[id] = value;
  return { ...state, values };
}
