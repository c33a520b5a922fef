import type { Metadata } from "next";

export const metadata: Metadata = { title: "How Goalboard works" };

/** Plain answers to what a manager asks about the numbers. No client code: it renders on the server. */
export default function HelpPage() {
  return (
    <article className="max-w-3xl space-y-4 text-slate-800">
      <h1 className="text-2xl font-semibold">How Goalboard works</h1>
      <section>
        <h2 className="mt-6 text-lg font-semibold">Where the numbers come from</h2>
        <p>
          HubSpot keeps every quota as goal targets: one record per person or team per period. Goalboard reads them with your
          permission, groups the targets of one goal back together, and shows them in your portal&apos;s currency and time zone.
          Answers are cached for a short while; reloading a page after half a minute shows HubSpot&apos;s latest values.
        </p>
      </section>
      <section>
        <h2 className="mt-6 text-lg font-semibold">Progress and pace</h2>
        <p>
          Progress is the value HubSpot measured for a period divided by its target. Pace compares progress with where the goal
          should be by today: each period&apos;s target counts in proportion to how much of the period has passed. Within 5% either
          way is <strong>on pace</strong>. Once every period is over, a goal has an outcome instead: <strong>achieved</strong> if
          it reached its target, <strong>missed</strong> if it did not. Goals where lower is better, such as response times, are
          judged the other way round and are never added up over time.
        </p>
        <p>
          <strong>No progress data</strong> means HubSpot has not reported a value for that period. It is not the same as zero and
          does not count against anyone: a goal&apos;s expected value, attainment and pace leave out the periods and assignees
          without progress data, and its page says how many were left out.
        </p>
      </section>
      <section>
        <h2 className="mt-6 text-lg font-semibold">Sharing a view</h2>
        <p>
          Filters, sorting, the selected assignee and the date range are part of the page&apos;s address. Copy it from the address
          bar (or use <em>Copy link</em> on a goal) and a colleague with access to the same HubSpot portal sees the same view after
          signing in.
        </p>
      </section>
      <section>
        <h2 className="mt-6 text-lg font-semibold">Names shown as numbers</h2>
        <p>
          Goalboard turns assignee ids into names using HubSpot&apos;s owners, users and teams. If those permissions were not
          granted when Goalboard was installed, ids are shown instead; an admin can reinstall Goalboard with them.
        </p>
      </section>
    </article>
  );
}
