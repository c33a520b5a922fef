import Link from "next/link";

export type Missing = "page" | "goal" | "target";

const LINK = "font-medium text-link underline";

/** A page, goal or goal target that is not there: say so and offer the way back. Server-rendered, no script needed. */
export function NotFoundNotice({ missing }: { missing: Missing }) {
  if (missing === "page") {
    return (
      <main className="mx-auto max-w-md px-6 py-24 text-center">
        <h1 className="text-2xl font-semibold">Page not found</h1>
        <p className="mt-2 text-fg-muted">There is nothing at this address.</p>
        <Link href="/goals" className="mt-4 inline-block text-link underline">
          Go to your goals
        </Link>
      </main>
    );
  }
  const goal = missing === "goal";
  return (
    <section className="mx-auto max-w-xl rounded-xl border border-line-strong bg-surface p-6" data-testid={goal ? "goal-not-found" : "target-not-found"}>
      <h1 className="text-2xl font-semibold">{goal ? "Goal not found" : "Goal target not found"}</h1>
      <p className="mt-2 text-fg-muted">
        {goal
          ? "There is no goal with this id in your HubSpot portal. The link may be mistyped, or the goal may belong to another portal or have been deleted."
          : "There is no goal target with this id in your HubSpot portal. A goal target id is a HubSpot record id made of digits; the link may be mistyped, or the target may belong to another portal or have been deleted."}
      </p>
      <p className="mt-4 flex flex-wrap gap-4">
        <Link href="/goals" className={LINK}>
          Back to the goal list
        </Link>
        {!goal && (
          <Link href="/targets" className={LINK}>
            All targets
          </Link>
        )}
      </p>
    </section>
  );
}

/** Which notice a path calls for: a goal's or a target's own page, or any other address. */
export function missingFor(path: string): Missing {
  if (/^\/goals\/[^/?#]+(?:[?#]|$)/.test(path)) return "goal";
  if (/^\/targets\/[^/?#]+(?:[?#]|$)/.test(path)) return "target";
  return "page";
}
