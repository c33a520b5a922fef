"use client";

import { useEffect, useRef, useState } from "react";

type Outcome = { kind: "idle" } | { kind: "copied" } | { kind: "manual"; url: string };

/**
 * Copies the page's URL, query included, so a colleague opening it sees this exact view. Where the
 * clipboard is refused (an insecure origin, a denied permission) the link is shown to copy by hand.
 */
export function CopyLinkButton() {
  const [outcome, setOutcome] = useState<Outcome>({ kind: "idle" });
  const manualRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (outcome.kind === "manual") manualRef.current?.select();
    if (outcome.kind !== "copied") return;
    const timer = setTimeout(() => setOutcome({ kind: "idle" }), 4000);
    return () => clearTimeout(timer);
  }, [outcome]);

  const copy = async () => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setOutcome({ kind: "copied" });
    } catch {
      setOutcome({ kind: "manual", url });
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={() => void copy()}
        className="min-h-11 rounded-md border border-line-strong bg-surface px-3 py-1.5 text-sm font-medium text-fg hover:bg-surface-muted md:min-h-0"
      >
        Copy link
      </button>
      <span role="status" aria-live="polite" className="text-sm text-success-fg" data-testid="copy-link-status">
        {outcome.kind === "copied" ? "Link copied" : ""}
      </span>
      {outcome.kind === "manual" && (
        <label className="flex flex-wrap items-center gap-2 text-sm text-fg-muted">
          Copy this link:
          <input ref={manualRef} readOnly value={outcome.url} className="w-72 max-w-full rounded border border-line-strong bg-surface px-2 py-1 font-mono text-xs" />
        </label>
      )}
    </div>
  );
}
