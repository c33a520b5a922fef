"use client";

/**
 * The dashboard's error boundary (app/(dashboard)/error.tsx): anything that escapes a page's own
 * error states lands here, with words and a way forward, never a blank page or a stack trace. The digest matches the server log line for support.
 */
export default function DashboardError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error ? String((error as { digest?: string }).digest ?? "") : "";
  return (
    <section role="alert" className="rounded-xl border border-danger-border bg-danger-bg p-6" data-testid="state-page-error">
      <h1 className="text-lg font-semibold text-danger-fg">This page could not be shown</h1>
      <p className="mt-2 text-danger-fg">
        Goalboard ran into a problem while preparing it. Trying again usually helps; if it keeps happening, HubSpot may be unavailable.
      </p>
      {digest && <p className="mt-1 text-sm text-danger-fg">Reference: {digest}</p>}
      <button type="button" onClick={() => retry()} className="mt-4 rounded-md bg-danger-solid px-3 py-1.5 text-on-fill hover:bg-danger-solid-hover">
        Try again
      </button>
    </section>
  );
}
