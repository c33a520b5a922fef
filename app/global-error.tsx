"use client";

import "./globals.css";

/** Last resort when even the root layout fails: a complete page of its own. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen items-center justify-center p-6">
        <main role="alert" className="max-w-md rounded-xl border border-danger-border bg-danger-bg p-6">
          <h1 className="text-lg font-semibold text-danger-fg">Goalboard could not start this page</h1>
          <p className="mt-2 text-danger-fg">Please try again in a moment.</p>
          <button type="button" onClick={() => retry()} className="mt-4 rounded-md bg-danger-solid px-3 py-1.5 text-on-fill">
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
