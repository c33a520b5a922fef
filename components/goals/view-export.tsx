"use client";

import { useState } from "react";
import { ApiError } from "@/lib/client/api";
import { CONTROL } from "./control-style";
import { saveFile } from "./save-file";

interface Props {
  /** The export route and the view's state: every row the view matches, in its order, built on the server. */
  path: string;
  query: string;
  /** The view's moment, so the export's figures are the ones on screen. */
  at: number | undefined;
  filename: string;
  /** Off while a cold load is still adding goals: an export is of a whole list. */
  disabled: boolean;
}

/** Export CSV: the view's rows with raw values, from the server. */
export function ViewExport({ path, query, at, filename, disabled }: Props) {
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const download = async () => {
    setState({ busy: true, error: null });
    try {
      const params = new URLSearchParams(query);
      if (at !== undefined) params.set("at", String(at));
      const res = await fetch(`${path}?${params}`);
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new ApiError(res.status, "INTERNAL", body?.error?.message ?? `Goalboard answered ${res.status}.`);
      }
      saveFile(await res.blob(), filename);
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error: error instanceof ApiError ? error.message : "Goalboard could not be reached. Try again." });
    }
  };
  return (
    <div className="flex items-center gap-2">
      {state.error && (
        <span role="alert" className="text-sm text-danger-fg">
          {state.error}
        </span>
      )}
      <button
        type="button"
        onClick={() => void download()}
        disabled={disabled || state.busy}
        title={disabled ? "The export is ready once every goal has loaded." : undefined}
        className={`${CONTROL} whitespace-nowrap px-3 hover:bg-surface-subtle disabled:opacity-50`}
      >
        {state.busy ? "Exporting…" : "Export CSV"}
      </button>
    </div>
  );
}
