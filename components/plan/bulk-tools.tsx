"use client";

import { type FormEvent, useState } from "react";
import {
  adjustByPercent,
  copyFromAssignee,
  type DraftValues,
  type LastYear,
  parseAmountInput,
  type Plan,
  type Profile,
  roundToStep,
  spreadTotal,
  type ToolResult,
} from "@/lib/goals/plan";

interface Props {
  plan: Plan;
  draft: DraftValues;
  lastYear: Readonly<Record<string, LastYear>>;
  selectedRows: readonly string[];
  /** AVG goals: a period's target is an average, so there is no total to spread. */
  averaged: boolean;
  onApply: (label: string, amounts: Record<string, string>) => void;
}

type ProfileKind = Profile["kind"];

const input = "w-32 rounded-md border border-line-strong px-2 py-1 text-sm";
const select = "w-44 rounded-md border border-line-strong px-2 py-1 text-sm";
const button = "rounded-md border border-line-strong bg-surface px-3 py-1.5 text-sm font-medium text-fg hover:bg-surface-muted";
const fieldset = "space-y-2 rounded-lg border border-line p-3";

function decimal(text: string, what: string): string {
  const parsed = parseAmountInput(text);
  if (!parsed.ok) throw new Error(`${what}: ${parsed.message}`);
  return parsed.value;
}

function percentOf(text: string): string {
  const trimmed = text.trim().replace(/%$/, "").replace(/^\+/, "").replace("−", "-");
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) throw new Error(`Change: "${text}" is not a percentage like 10 or -5.`);
  return trimmed;
}

function positiveStep(text: string): string {
  const step = decimal(text, "Round to");
  if (/^0(\.0*)?$/.test(step)) throw new Error("Round to: the step must be more than zero.");
  return step;
}

/**
 * Bulk tools over the assignees ticked in the grid: spread a total (evenly, by seasonal weights or
 * by last year), change by a percentage, copy another assignee, round to a step. Each is one
 * undoable step in the grid; nothing is sent to HubSpot until the plan is reviewed and applied.
 */
export function BulkTools({ plan, draft, lastYear, selectedRows, averaged, onApply }: Props) {
  const [message, setMessage] = useState<{ tone: "error" | "done"; text: string } | null>(null);
  const [total, setTotal] = useState("");
  const [mode, setMode] = useState<"each" | "split">("each");
  const [profile, setProfile] = useState<ProfileKind>("even");
  const [weights, setWeights] = useState("");
  const [spreadStep, setSpreadStep] = useState("1");
  const [percent, setPercent] = useState("10");
  const [base, setBase] = useState<"current" | "lastYearTargets">("lastYearTargets");
  const [percentStep, setPercentStep] = useState("1");
  const [from, setFrom] = useState(plan.rows[0]?.key ?? "");
  const [roundStep, setRoundStep] = useState("1000");
  const ctx = { plan, draft, lastYear };
  const chosen = `${selectedRows.length} ${selectedRows.length === 1 ? "assignee" : "assignees"}`;

  const run = (label: string, tool: () => ToolResult) => (event: FormEvent) => {
    event.preventDefault();
    try {
      const result = tool();
      if (!result.ok) return setMessage({ tone: "error", text: result.message });
      const count = Object.keys(result.amounts).length;
      onApply(label, result.amounts);
      setMessage({ tone: "done", text: `${label}: ${count} ${count === 1 ? "cell" : "cells"} set. Undo takes it back.` });
    } catch (error) {
      setMessage({ tone: "error", text: error instanceof Error ? error.message : String(error) });
    }
  };

  const profileOf = (): Profile => {
    if (profile !== "weights") return { kind: profile };
    const list = weights.split(/[,;\s]+/).filter(Boolean).map((w) => decimal(w, "Weights"));
    return { kind: "weights", weights: list };
  };

  return (
    <section aria-labelledby="bulk-heading" className="space-y-3" data-testid="bulk-tools">
      <h2 id="bulk-heading" className="text-base font-semibold">
        Bulk tools <span className="font-normal text-fg-subtle">· for the {chosen} ticked in the grid</span>
      </h2>
      <div className="grid gap-3 md:grid-cols-2">
        {!averaged && (
        <form className={fieldset} onSubmit={run("Spread a total", () => spreadTotal(ctx, { rowKeys: selectedRows, total: decimal(total, "Total"), mode, profile: profileOf(), step: positiveStep(spreadStep) }))}>
          <h3 className="text-sm font-semibold">Spread a total over the periods</h3>
          <div className="flex flex-wrap items-end gap-3 text-sm">
            <label className="flex flex-col gap-1">
              Total
              <input className={input} inputMode="decimal" value={total} onChange={(e) => setTotal(e.target.value)} placeholder="480000" data-testid="spread-total" />
            </label>
            <label className="flex flex-col gap-1">
              Who gets it
              <select className={select} value={mode} onChange={(e) => setMode(e.target.value as "each" | "split")}>
                <option value="each">Each assignee</option>
                <option value="split">Shared among them</option>
              </select>
            </label>
            <label className="flex flex-col gap-1">
              Profile
              <select className={select} value={profile} onChange={(e) => setProfile(e.target.value as ProfileKind)} data-testid="spread-profile">
                <option value="even">Even</option>
                <option value="weights">Seasonal weights</option>
                <option value="lastYearTargets">Last year&apos;s targets</option>
                <option value="lastYearActuals">Last year&apos;s actuals</option>
              </select>
            </label>
            <label className="flex flex-col gap-1">
              Round to
              <input className={input} inputMode="decimal" value={spreadStep} onChange={(e) => setSpreadStep(e.target.value)} data-testid="spread-step" />
            </label>
          </div>
          {profile === "weights" && (
            <label className="flex flex-col gap-1 text-sm">
              Weights, one per period ({plan.periods.length}), e.g. 1, 1, 2
              <input className="w-full rounded-md border border-line-strong px-2 py-1 text-sm" value={weights} onChange={(e) => setWeights(e.target.value)} data-testid="spread-weights" />
            </label>
          )}
          <button type="submit" className={button} data-testid="spread-apply">
            Spread
          </button>
        </form>
        )}

        <form className={fieldset} onSubmit={run("Change by %", () => adjustByPercent(ctx, { rowKeys: selectedRows, percent: percentOf(percent), base, step: positiveStep(percentStep) }))}>
          <h3 className="text-sm font-semibold">Change by a percentage</h3>
          <div className="flex flex-wrap items-end gap-3 text-sm">
            <label className="flex flex-col gap-1">
              Change (%)
              <input className={input} value={percent} onChange={(e) => setPercent(e.target.value)} data-testid="percent-value" />
            </label>
            <label className="flex flex-col gap-1">
              Of
              <select className={select} value={base} onChange={(e) => setBase(e.target.value as "current" | "lastYearTargets")} data-testid="percent-base">
                <option value="lastYearTargets">Last year&apos;s targets</option>
                <option value="current">The grid&apos;s values</option>
              </select>
            </label>
            <label className="flex flex-col gap-1">
              Round to
              <input className={input} inputMode="decimal" value={percentStep} onChange={(e) => setPercentStep(e.target.value)} />
            </label>
          </div>
          <button type="submit" className={button} data-testid="percent-apply">
            Apply change
          </button>
        </form>

        <form className={fieldset} onSubmit={run("Copy from assignee", () => copyFromAssignee(ctx, { fromRowKey: from, rowKeys: selectedRows }))}>
          <h3 className="text-sm font-semibold">Copy from an assignee</h3>
          <label className="flex flex-col gap-1 text-sm">
            Copy every period of
            <select className="rounded-md border border-line-strong px-2 py-1 text-sm" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="copy-from">
              {plan.rows.map((row) => (
                <option key={row.key} value={row.key}>
                  {row.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className={button} data-testid="copy-apply">
            Copy to the ticked assignees
          </button>
        </form>

        <form className={fieldset} onSubmit={run("Round", () => roundToStep(ctx, { rowKeys: selectedRows, step: positiveStep(roundStep) }))}>
          <h3 className="text-sm font-semibold">Round, keeping each assignee&apos;s {averaged ? "average" : "total"}</h3>
          <label className="flex flex-col gap-1 text-sm">
            Round to
            <input className={input} inputMode="decimal" value={roundStep} onChange={(e) => setRoundStep(e.target.value)} data-testid="round-step" />
          </label>
          <button type="submit" className={button} data-testid="round-apply">
            Round
          </button>
        </form>
      </div>
      {message && (
        <p role={message.tone === "error" ? "alert" : "status"} className={`text-sm ${message.tone === "error" ? "text-danger-fg" : "text-success-fg"}`} data-testid="bulk-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
