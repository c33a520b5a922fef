"use client";

import { useEffect, useState } from "react";
import { ApiError, signInAgain } from "@/lib/client/api";

interface Props {
  error: unknown;
  /** Re-runs the failed request. */
  onRetry: () => void;
  /** What was being loaded, for the heading ("your goals"). */
  what?: string;
}

function Countdown({ seconds, onDone }: { seconds: number; onDone: () => void }) {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    if (left <= 0) {
      onDone();
      return;
    }
    const timer = setTimeout(() => setLeft((n) => n - 1), 1000);
    return () => clearTimeout(timer);
  }, [left, onDone]);
  return <span data-testid="retry-countdown">{Math.max(0, left)}</span>;
}

/** Every failure gets words and a way forward; never a blank page or a stack trace. */
export function ErrorState({ error, onRetry, what = "this" }: Props) {
  const e = error instanceof ApiError ? error : new ApiError(0, "INTERNAL", "Something went wrong.");
  const box = "rounded-xl border p-6";
  if (e.code === "MISSING_SCOPE") {
    return (
      <section role="alert" className={`${box} border-warning-border bg-warning-bg`} data-testid="state-missing-scope">
        <h2 className="text-lg font-semibold text-warning-fg">HubSpot has not granted Goalboard access to {what}</h2>
        <p className="mt-2 text-warning-fg">
          Goalboard needs the scope <code className="rounded bg-surface px-1 font-mono">{e.scope ?? "crm.objects.goals.read"}</code>.
        </p>
        <ol className="mt-2 list-decimal pl-6 text-sm text-warning-fg">
          <li>Ask a HubSpot super admin of this portal to reinstall Goalboard and approve that scope.</li>
          <li>Then sign in again, so your session carries the new permission.</li>
        </ol>
        <button type="button" onClick={signInAgain} className="mt-4 rounded-md bg-warning-solid px-3 py-1.5 text-on-fill hover:bg-warning-solid-hover">
          Sign in again
        </button>
      </section>
    );
  }
  if (e.code === "RATE_LIMITED" || e.code === "UPSTREAM_BUSY" || e.code === "DAILY_LIMIT") {
    const seconds = e.retryAfterSeconds ?? 10;
    return (
      <section role="status" className={`${box} border-info-border bg-info-bg`} data-testid="state-rate-limited">
        <h2 className="text-lg font-semibold text-info-fg">
          {e.code === "UPSTREAM_BUSY" ? "Goalboard is pacing its calls to HubSpot" : "HubSpot asked Goalboard to slow down"}
        </h2>
        <p className="mt-2 text-info-fg">{e.message}</p>
        {e.code === "DAILY_LIMIT" ? (
          <p className="mt-2 text-sm text-info-fg">Goalboard will not retry until the allowance resets.</p>
        ) : (
          <p className="mt-2 text-sm text-info-fg">
            Retrying automatically in <Countdown seconds={seconds} onDone={onRetry} /> s.
          </p>
        )}
      </section>
    );
  }
  if (e.code === "NOT_FOUND") {
    return (
      <section role="alert" className={`${box} border-line-strong bg-surface`} data-testid="state-not-found">
        <h2 className="text-lg font-semibold">Not found</h2>
        <p className="mt-2 text-fg-muted">{e.message}</p>
      </section>
    );
  }
  return (
    <section role="alert" className={`${box} border-danger-border bg-danger-bg`} data-testid="state-upstream-down">
      <h2 className="text-lg font-semibold text-danger-fg">Could not load {what}</h2>
      <p className="mt-2 text-danger-fg">{e.message}</p>
      <button type="button" onClick={onRetry} className="mt-4 rounded-md bg-danger-solid px-3 py-1.5 text-on-fill hover:bg-danger-solid-hover">
        Try again
      </button>
    </section>
  );
}
