import Link from "next/link";

/** A goal id that is malformed or unknown to the portal: say so and offer the way back. */
export default function GoalNotFound() {
  return (
    <section className="mx-auto max-w-xl rounded-xl border border-line-strong bg-surface p-6" data-testid="goal-not-found">
      <h1 className="text-2xl font-semibold">Goal not found</h1>
      <p className="mt-2 text-fg-muted">
        There is no goal with this id in your HubSpot portal. The link may be mistyped, or the goal may belong to another portal or have
        been deleted.
      </p>
      <p className="mt-4">
        <Link href="/goals" className="font-medium text-link underline">
          Back to the goal list
        </Link>
      </p>
    </section>
  );
}
