import type { Metadata } from "next";
import { FIGURES, type FigureKey, MISSING_PROGRESS } from "@/lib/goals/figures";
import { WorkedExample } from "@/components/help/worked-example";

export const metadata: Metadata = { title: "How Goalboard works" };

const ORDER: FigureKey[] = ["target", "expectedByToday", "actual", "attainmentToDate", "progressTowardTotal", "pace", "outcome"];

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-2">
      <h2 className="mt-6 text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

/** Plain answers to what a manager asks about the numbers. No client code: it renders on the server. */
export default function HelpPage() {
  return (
    <article className="max-w-3xl space-y-4 text-fg">
      <h1 className="text-2xl font-semibold">How Goalboard works</h1>
      <Section title="Where the numbers come from">
        <p>
          HubSpot keeps every quota as goal targets: one record per person or team per period. Goalboard reads them with your
          permission, groups the targets of one goal back together, and shows them in your portal&apos;s currency and time zone. A
          period is read as the calendar days it stands for in that time zone: January is January 1 to 31 there. Answers are cached
          for a short while; reloading a page after half a minute shows HubSpot&apos;s latest values.
        </p>
      </Section>
      <Section title="The figures">
        <p>Every page, table and export uses these names, each for one thing only.</p>
        <dl className="space-y-3" data-testid="figure-definitions">
          {ORDER.map((key) => (
            <div key={key}>
              <dt className="font-semibold">{FIGURES[key].name}</dt>
              <dd>{FIGURES[key].definition}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section title="A worked example">
        <WorkedExample />
      </Section>
      <Section title="No progress data">
        <p>{MISSING_PROGRESS}</p>
      </Section>
      <Section title="Reading the percentages, bars and charts">
        <ul className="list-disc space-y-1 pl-5">
          <li>
            A percentage is never rounded across the line its verdict draws: a goal that missed its target by a little reads 99.9%,
            never 100%.
          </li>
          <li>
            Bars and badges take the colour of the pace or outcome. A bar is full when the target is met: where lower is better it
            stays full while the actual is at or under the target, and empties as it goes over.
          </li>
          <li>
            A period still running is marked <em>to date</em> wherever its actual is shown, and its actual is never drawn past today.
          </li>
          <li>
            A goal&apos;s chart draws the same assignees and periods as the figures above it, so its point at today is the expected by
            today; it names whoever it leaves out for missing progress.
          </li>
        </ul>
      </Section>
      <Section title="Pipelines">
        <p>
          A goal can count only some of HubSpot&apos;s deal or ticket pipelines; its page names them. A goal that names none counts
          every pipeline and reads <em>All pipelines</em>. Where HubSpot does not give a pipeline&apos;s name, its id is shown.
        </p>
      </Section>
      <Section title="Sharing a view">
        <p>
          Filters, sorting, the selected assignee and the date range are part of the page&apos;s address. Copy it from the address bar
          (or use <em>Copy link</em> on a goal) and a colleague with access to the same HubSpot portal sees the same view after signing
          in.
        </p>
      </Section>
      <Section title="Names shown as numbers">
        <p>
          Goalboard turns assignee ids into names using HubSpot&apos;s owners, users and teams. If those permissions were not granted
          when Goalboard was installed, ids are shown instead; an admin can reinstall Goalboard with them.
        </p>
      </Section>
    </article>
  );
}
