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
      <section role="alert" className={`${box} border-amber-300 bg-amber-50`} data-testid="state-missing-scope">
        <h2 className="text-lg font-semibold text-amber-900">HubSpot has not granted Goalboard access to {what}</h2>
        <p className="mt-2 text-amber-900">
          Goalboard needs the scope <code className="rounded bg-white px-1 font-mono">{e.scope ?? "crm.objects.goals.read"}</code>.
        </p>
        <ol className="mt-2 list-decimal pl-6 text-sm text-amber-900">
          <li>Ask a HubSpot super admin of this portal to reinstall Goalboard and approve that scope.</li>
          <li>Then sign in again, so your session carries the new permission.</li>
        </ol>
        <button type="button" onClick={signInAgain} className="mt-4 rounded-md bg-amber-800 px-3 py-1.5 text-white hover:bg-amber-900">
          Sign in again
        </button>
      </section>
    );
  }
  if (e.code === "RATE_LIMITED" || e.code === "UPSTREAM_BUSY" || e.code === "DAILY_LIMIT") {
    const seconds = e.retryAfterSeconds ?? 10;
    return (
      <section role="status" className={`${box} border-sky-300 bg-sky-50`} data-testid="state-rate-limited">
        <h2 className="text-lg font-semibold text-sky-900">HubSpot asked Goalboard to slow down</h2>
        <p className="mt-2 text-sky-900">{e.message}</p>
        {e.code === "DAILY_LIMIT" ? (
          <p className="mt-2 text-sm text-sky-900">Goalboard will not retry until the allowance resets.</p>
        ) : (
          <p className="mt-2 text-sm text-sky-900">
            Retrying automatically in <Countdown seconds={seconds} onDone={onRetry} /> s.
          </p>
        )}
      </section>
    );
  }
  if (e.code === "NOT_FOUND") {
    return (
      <section role="alert" className={`${box} border-slate-300 bg-white`} data-testid="state-not-found">
        <h2 className="text-lg font-semibold">Not found</h2>
        <p className="mt-2 text-slate-700">{e.message}</p>
      </section>
    );
  }
  return (
    <section role="alert" className={`${box} border-red-300 bg-red-50`} data-testid="state-upstream-down">
      <h2 className="text-lg font-semibold text-red-900">Could not load {what}</h2>
      <p className="mt-2 text-red-900">{e.message}</p>
      <button type="button" onClick={onRetry} className="mt-4 rounded-md bg-red-800 px-3 py-1.5 text-white hover:bg-red-900">
        Try again
      </button>
    </section>
  );
}
