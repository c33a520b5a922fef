"use client";

import { useState } from "react";
import { changesOf, type CsvImport, type DraftValues, importPlanCsv, type Plan } from "@/lib/goals/plan";
import { groupDigits, signed } from "./format";

interface Props {
  plan: Plan;
  draft: DraftValues;
  describe: (targetId: string) => string;
  onImport: (amounts: Record<string, string>) => void;
}

/**
 * Reads a CSV of the grid (the export's columns) and shows what it would change before anything
 * does; a file with any problem is refused as a whole, each problem with its line.
 */
export function CsvImport({ plan, draft, describe, onImport }: Props) {
  const [preview, setPreview] = useState<(CsvImport & { name: string }) | null>(null);
  const read = async (file: File) => setPreview({ ...importPlanCsv(plan, draft, await file.text()), name: file.name });
  const changes = preview ? changesOf(plan, { ...draft, ...preview.amounts }).filter((c) => preview.amounts[c.target.id] !== undefined) : [];
  return (
    <div className="space-y-2">
      <label className="inline-flex cursor-pointer items-center rounded-md border border-line-strong bg-surface px-3 py-1.5 text-sm hover:bg-surface-subtle">
        Import CSV
        <input
          type="file"
          accept=".csv,text/csv,text/plain"
          className="sr-only"
          data-testid="csv-import"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void read(file);
          }}
        />
      </label>
      {preview && (
        <div className="space-y-2 rounded-lg border border-line-strong bg-surface p-3 text-sm" data-testid="csv-preview">
          {preview.errors.length > 0 ? (
            <div role="alert" className="text-danger-fg">
              <p className="font-semibold">{preview.name} was not imported: fix these lines and try again.</p>
              <ul className="mt-1 list-disc pl-5" data-testid="csv-errors">
                {preview.errors.map((e, i) => (
                  <li key={i}>
                    Line {e.line}: {e.message}
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <>
              <p className="font-semibold">
                {preview.name}: {changes.length} {changes.length === 1 ? "cell differs" : "cells differ"} from the grid.
              </p>
              {changes.length > 0 && (
                <ul className="max-h-48 overflow-y-auto tabular-nums" data-testid="csv-changes">
                  {changes.map((c) => (
                    <li key={c.target.id}>
                      {describe(c.target.id)}: {groupDigits(draft[c.target.id] ?? c.before)} → {groupDigits(c.after)} ({signed(c.delta)} against HubSpot)
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
          <div className="flex gap-2">
            {preview.errors.length === 0 && changes.length > 0 && (
              <button
                type="button"
                className="rounded-md border border-line-strong bg-surface px-3 py-1.5 font-medium text-fg hover:bg-surface-muted"
                onClick={() => {
                  onImport(preview.amounts);
                  setPreview(null);
                }}
                data-testid="csv-apply"
              >
                Put these in the grid
              </button>
            )}
            <button type="button" className="rounded-md border border-line-strong px-3 py-1.5" onClick={() => setPreview(null)}>
              {preview.errors.length === 0 && changes.length > 0 ? "Cancel" : "Close"}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
