"use client";

import "./globals.css";

/** Last resort when even the root layout fails: a complete page of its own. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen items-center justify-center p-6">
        <main role="alert" className="max-w-md rounded-xl border border-red-300 bg-red-50 p-6">
          <h1 className="text-lg font-semibold text-red-900">Goalboard could not start this page</h1>
          <p className="mt-2 text-red-900">Please try again in a moment.</p>
          <button type="button" onClick={() => retry()} className="mt-4 rounded-md bg-red-800 px-3 py-1.5 text-white">
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
