import Link from "next/link";

/** A target id that is malformed or unknown to the portal: say so and offer the way back. */
export default function TargetNotFound() {
  return (
    <section className="mx-auto max-w-xl rounded-xl border border-line-strong bg-surface p-6" data-testid="target-not-found">
      <h1 className="text-2xl font-semibold">Goal target not found</h1>
      <p className="mt-2 text-fg-muted">
        There is no goal target with this id in your HubSpot portal. A goal target id is a HubSpot record id made of digits; the link may be
        mistyped, or the target may belong to another portal or have been deleted.
      </p>
      <p className="mt-4 flex flex-wrap gap-4">
        <Link href="/goals" className="font-medium text-link underline">
          Back to the goal list
        </Link>
        <Link href="/targets" className="font-medium text-link underline">
          All targets
        </Link>
      </p>
    </section>
  );
}
