import type { Metadata } from "next";
import { FIGURE_DEFINITIONS } from "@/lib/goals/figure-definitions";
import { FIGURES, type FigureKey, MISSING_PROGRESS } from "@/lib/goals/figures";
import { WorkedExample } from "@/components/help/worked-example";

export const metadata: Metadata = { title: "How Goalboard works" };

const ORDER: FigureKey[] = [
  "target",
  "currentTarget",
  "expectedByToday",
  "actual",
  "attainmentToDate",
  "progressTowardTotal",
  "percentOfExpected",
  "pace",
  "outcome",
  "projection",
  "projectionRange",
  "projectedAttainment",
  "gapToTarget",
  "atRisk",
];

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
              <dd>{FIGURE_DEFINITIONS[key]}</dd>
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
      <Section title="Where the periods will land">
        <ul className="list-disc space-y-1 pl-5">
          <li>
            The {FIGURES.projection.name.toLowerCase()} answers &ldquo;if everyone keeps going as they have so far, where do we end?&rdquo;
            A month a third over with $4,000 sold projects $12,000. Averages (response times, deal sizes) are projected at the average so
            far, because an average does not grow with time.
          </li>
          <li>
            The {FIGURES.projectionRange.name.toLowerCase()} shows how different the end would look at last period&apos;s rate instead: a
            strong start after a weak last month gives a range below the projection, and the other way round.
          </li>
          <li>
            {FIGURES.gapToTarget.name} says how far short of the target (or past it) that lands, and beside it what is needed from now on:
            per day, or per week when two or more weeks remain.
          </li>
          <li>
            On a goal&apos;s chart the projection continues the actual from today to the end of the last period as a dotted line in the
            actual&apos;s colour. The goal list shows each goal&apos;s {FIGURES.projectedAttainment.name.toLowerCase()} and flags it{" "}
            <em>{FIGURES.atRisk.name}</em> below 90% of the target (above 110% where lower is better); the threshold is in the address
            (<code>risk=80</code> flags fewer goals).
          </li>
          <li>A projection needs time to have passed and progress data; early in a period it moves a lot, so read it with its range.</li>
        </ul>
      </Section>
      <Section title="Leaderboards">
        <ul className="list-disc space-y-1 pl-5">
          <li>
            People are ranked by a percentage of their own target, never by an amount, so a rep with a smaller quota can lead. Choose{" "}
            {FIGURES.attainmentToDate.name.toLowerCase()} (how much of the target of the periods started so far is done) or pace (
            {FIGURES.percentOfExpected.name.toLowerCase()}: how far ahead or behind of where they should be by today, the fairer choice
            early in a period). Where lower is better, the lowest leads. Equal figures share a place; someone without progress data, or
            whose periods have not started, is listed unranked at the bottom.
          </li>
          <li>
            The move beside each place (▲ 2, ▼ 1) compares with the same leaderboard when the previous period closed: HubSpot keeps one
            value per period, so that is the latest moment an earlier ranking is known. &ldquo;New&rdquo; means unranked then.
          </li>
          <li>
            A team counts its members&apos; targets together, or its own targets where a goal is assigned to the team itself, never both.
            Someone in two teams counts in both.
          </li>
          <li>
            A goal&apos;s page ranks its assignees and their teams. <em>Leaderboard</em> ranks across every live goal of one type (all
            sales quotas, say) over the periods running now, this quarter or this year (the fiscal year where the portal has one),
            everyone or one team&apos;s members, with each one&apos;s pace or outcome and {FIGURES.projectedAttainment.name.toLowerCase()}.
          </li>
        </ul>
      </Section>
      <Section title="Attainment history">
        <p>
          How each person and team did in the periods that are over: the last 3, 6 or 12 months or quarters on <em>Leaderboard</em>, and
          every finished period of a goal on its page. Each one is judged on its own, exactly as a goal of that single period would be:
          the {FIGURES.attainmentToDate.name.toLowerCase()} of its target, and whether it was hit. A target counts in the month or quarter
          its whole period lies in, so a quarterly target appears in quarters, not in months. The small charts put everyone on the same
          scale, one bar per period coloured by its outcome, with a dashed line at 100%; the table beside them gives every percentage.
          &ldquo;Hit target in 5 of the last 6 months&rdquo; counts the months with a result; months without progress data are named
          apart.
        </p>
      </Section>
      <Section title="The wallboard">
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <em>Wallboard</em> sets up a screen for the office: pick goals (a slide each) and goal types (a leaderboard slide each), how
            long each slide shows and how often the data refreshes. Every choice is part of the address it opens: open it on the TV once
            and bookmark it. It fills the screen in large type, dark unless you choose light, and fits a full HD or a 4K TV without
            scrolling.
          </li>
          <li>
            It refreshes its data by itself, without reloading. However many screens show it, Goalboard asks HubSpot at most once per
            refresh interval, and each screen says when its data is from (&ldquo;Data as of 14:05&rdquo;). If HubSpot cannot be reached, a
            banner says so and the last data stays on screen until HubSpot answers again.
          </li>
          <li>
            When someone&apos;s {FIGURES.attainmentToDate.name.toLowerCase()} crosses 100% between two refreshes, the screen celebrates
            them, quietly. Someone already past 100% when the screen was opened is not celebrated again.
          </li>
          <li>
            It stays signed in for days: each refresh counts as use, so the sign-in never runs idle (Goalboard otherwise signs you out
            after 8 hours without use), and Goalboard renews HubSpot&apos;s access as it expires. A sign-in lasts at most 7 days (your
            administrator may set other limits); after that the screen shows the sign-in page, and signing in again brings the same
            wallboard back.
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
