import { LOCALE } from "@/lib/goals/locale";

/** "Loading goal targets: 1,400 of 10,000", while the server pages through a large portal. */
export function LoadingProgress({ loaded, total, children }: { loaded: number; total: number | null; children?: React.ReactNode }) {
  // A count of records, not a goal figure: no need for the figure formatting code on every list page.
  const whole = (n: number) => n.toLocaleString(LOCALE);
  const label = total ? `${whole(loaded)} of ${whole(total)}` : loaded > 0 ? `${whole(loaded)} so far` : "starting";
  return (
    <div role="status" aria-live="polite" className="rounded-xl border border-line bg-surface p-4" data-testid="loading-progress">
      <p className="text-sm text-fg-muted">
        Loading goal targets from HubSpot: <span data-testid="loading-count">{label}</span>.{children}
      </p>
      <progress className="mt-2 h-2 w-full" max={total ?? undefined} value={total ? loaded : undefined} aria-label="Goal targets loaded" />
    </div>
  );
}
