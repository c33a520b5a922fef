"use client";

import { useCallback, useMemo, useState } from "react";
import type { ChangeInput, PlanResponse } from "@/lib/contracts/plan";
import { buildPlan, changesOf, type DraftState, edit, emptyDraft, rebase, redo, totalsOf, undo } from "@/lib/goals/plan";

interface Baseline {
  amount: string;
  version: string;
}

/**
 * The plan page's editing state: the draft with undo and redo, and for each drafted cell the
 * version of HubSpot's value it was edited from. A reload of the plan (after an apply, or a
 * "keep HubSpot's value") never moves that baseline, so a colleague's write in between still shows
 * as a conflict instead of being overwritten silently.
 */
export function usePlanEditor(data: PlanResponse) {
  const plan = useMemo(() => buildPlan(data.targets, (key) => data.names[key] ?? key), [data]);
  const byId = useMemo(() => new Map(data.targets.map((target) => [target.id, target])), [data]);
  const [draft, setDraft] = useState<DraftState>(emptyDraft);
  const [baselines, setBaselines] = useState<Record<string, Baseline>>({});

  // HubSpot's values changed under the grid (adjusted while rendering, as React advises): drafts it now holds are done.
  const [seen, setSeen] = useState(data);
  if (seen !== data) {
    const rebased = rebase(draft, data.targets);
    setSeen(data);
    setDraft(rebased);
    // A cell no longer drafted starts from HubSpot's new value when edited again.
    setBaselines(Object.fromEntries(Object.entries(baselines).filter(([id]) => rebased.values[id] !== undefined)));
  }

  const change = useCallback(
    (label: string, amounts: Record<string, string>) => {
      setBaselines((held) => {
        const next = { ...held };
        for (const id of Object.keys(amounts)) {
          const target = byId.get(id);
          if (target && !next[id]) next[id] = { amount: target.amount, version: target.version };
        }
        return next;
      });
      setDraft((state) => edit(state, data.targets, label, amounts));
    },
    [byId, data.targets],
  );

  /** After the user chose: overwrite HubSpot's newer value with theirs (a new baseline), or drop their edit. */
  const settleConflict = useCallback((targetId: string, choice: { keep: "mine"; now: string; nowVersion: string } | { keep: "theirs" }) => {
    if (choice.keep === "mine") {
      setBaselines((held) => ({ ...held, [targetId]: { amount: choice.now, version: choice.nowVersion } }));
      return;
    }
    setBaselines((held) => {
      const next = { ...held };
      delete next[targetId];
      return next;
    });
    setDraft((state) => {
      const values = { ...state.values };
      delete values[targetId];
      return { ...state, values };
    });
  }, []);

  const changes = useMemo(() => changesOf(plan, draft.values), [plan, draft.values]);
  const totals = useMemo(() => totalsOf(plan, draft.values, data.aggregate), [plan, draft.values, data.aggregate]);
  const changeInputs: ChangeInput[] = useMemo(
    () =>
      changes.map((c) => {
        const baseline = baselines[c.target.id] ?? { amount: c.target.amount, version: c.target.version };
        return { targetId: c.target.id, amount: c.after, version: baseline.version, base: baseline.amount };
      }),
    [changes, baselines],
  );

  return {
    plan,
    draft,
    changes,
    changeInputs,
    totals,
    change,
    settleConflict,
    undo: () => setDraft(undo),
    redo: () => setDraft(redo),
    discard: () => {
      setDraft(emptyDraft());
      setBaselines({});
    },
  };
}

