import { NORTHWIND_PROFILE } from "./northwind";
import { CALLS, DEALS_WON, LEADS, MEETINGS, REVENUE, TICKET_RESPONSE } from "./kinds";
import { addDays, months, quarters, startOfIsoWeek, weeks } from "./periods";
import { roundTo, type Assignee, type FamilySpec } from "./family";
import type { AssigneeHelpers } from "./assignees";
import type { Random } from "./random";

const MONTHLY_QUOTA: Record<string, number> = {
  ava: 45_000,
  liam: 40_000,
  sofia: 35_000,
  noah: 30_000,
  emma: 50_000,
  lucas: 42_500,
  mia: 37_500,
  ethan: 32_500,
};

/**
 * The demo portal's goals, every date relative to `now`: a current-year revenue quota (half assigned
 * by owner, half only by user id, as seen in real portals), quarterly team goals, weekly activity
 * goals, a lower-is-better support goal, an ended, an upcoming and an archived family, and one
 * standalone target without a family.
 */
export function northwindFamilies(a: AssigneeHelpers, random: Random, now: Date): FamilySpec[] {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const quarter = Math.floor(month / 3);
  const common = {
    createdByUserId: a.userId("grace"),
    currency: NORTHWIND_PROFILE.currency,
    fiscalYearOffset: NORTHWIND_PROFILE.fiscalYearOffset,
  };
  const quotas = new Map<Assignee, number>();
  const withQuota = (key: string, assignee: Assignee) => {
    quotas.set(assignee, MONTHLY_QUOTA[key]);
    return assignee;
  };
  const seasonal = (base: number) => roundTo(base * random.between(0.9, 1.15), 500);
  const around = (base: number, spread: number, step: number) => roundTo(base * random.between(1 - spread, 1 + spread), step);

  return [
    {
      ...common,
      name: `${year} Annual Revenue Quota`,
      kind: REVENUE,
      milestone: "monthly",
      periods: months(year, 0, 12),
      endStyle: "inclusive",
      assignees: [
        withQuota("ava", a.byOwner("ava", "ahead")),
        withQuota("liam", a.byOwner("liam", "onPace")),
        withQuota("sofia", a.byOwner("sofia", "behind")),
        withQuota("noah", a.byOwner("noah", "none")),
        withQuota("emma", a.byUser("emma", "onPace")),
        withQuota("lucas", a.byUser("lucas", "ahead")),
        withQuota("mia", a.byUser("mia", "behind")),
        withQuota("ethan", a.byUser("ethan", "onPace")),
      ],
      amount: (assignee) => seasonal(quotas.get(assignee) ?? 40_000),
      createdAt: new Date(Date.UTC(year - 1, 11, 12, 15, 4, 31, 219)),
    },
    {
      ...common,
      name: "Quarterly Team Revenue",
      kind: REVENUE,
      milestone: "quarterly",
      periods: quarters(year, quarter - 2, 5),
      endStyle: "exclusive",
      assignees: [a.byTeam("east", "ahead"), a.byTeam("west", "behind")],
      amount: () => around(480_000, 0.08, 5_000),
      createdAt: addDays(quarters(year, quarter - 2, 1)[0].start, -9),
    },
    {
      ...common,
      name: "Weekly Calls Made",
      kind: CALLS,
      milestone: "weekly",
      periods: weeks(addDays(startOfIsoWeek(now), -42), 13),
      endStyle: "inclusive",
      assignees: [
        a.byOwner("ava", "ahead"),
        a.byOwner("liam", "behind"),
        a.byOwner("emma", "onPace"),
        a.byOwner("mia", "none"),
      ],
      amount: () => around(50, 0.2, 5),
      createdAt: addDays(startOfIsoWeek(now), -45),
    },
    {
      ...common,
      name: "Ticket Response Time",
      kind: TICKET_RESPONSE,
      milestone: "monthly",
      periods: months(year, month - 4, 6),
      endStyle: "inclusive",
      assignees: [
        a.byOwner("olivia", "ahead"),
        a.byOwner("james", "onPace"),
        a.byOwner("priya", "behind"),
        a.byOwner("daniel", "none"),
      ],
      amount: () => around(6, 0.35, 0.5),
      createdAt: addDays(months(year, month - 4, 1)[0].start, -6),
    },
    {
      ...common,
      name: `Q4 ${year - 1} Meetings Booked`,
      kind: MEETINGS,
      milestone: "monthly",
      periods: months(year - 1, 9, 3),
      endStyle: "inclusive",
      assignees: [
        a.byOwner("ava", "ahead"),
        a.byOwner("sofia", "onPace"),
        a.byUser("lucas", "behind"),
        a.byUser("ethan", "ahead"),
      ],
      amount: () => around(20, 0.25, 1),
      createdAt: new Date(Date.UTC(year - 1, 8, 22, 13, 37, 2, 512)),
    },
    {
      ...common,
      name: `${year + 1} New Logo Deals`,
      kind: DEALS_WON,
      milestone: "quarterly",
      periods: quarters(year + 1, 0, 4),
      endStyle: "exclusive",
      assignees: [
        a.byOwner("liam", "onPace"),
        a.byOwner("noah", "onPace"),
        a.byOwner("emma", "onPace"),
        a.byOwner("mia", "onPace"),
      ],
      amount: () => around(8, 0.3, 1),
      createdAt: addDays(now, -11),
    },
    {
      ...common,
      name: "Pilot Upsell Challenge",
      kind: REVENUE,
      milestone: "monthly",
      periods: months(year, month - 3, 3),
      endStyle: "inclusive",
      assignees: [a.byOwner("ava", "onPace"), a.byOwner("lucas", "behind")],
      amount: () => around(12_000, 0.1, 500),
      createdAt: addDays(months(year, month - 3, 1)[0].start, -4),
      archivedAt: addDays(now, -20),
    },
    {
      ...common,
      name: "Boston Expo Leads",
      kind: LEADS,
      milestone: "quarterly",
      periods: quarters(year, quarter, 1),
      endStyle: "inclusive",
      assignees: [a.byOwner("sofia", "ahead")],
      amount: () => 150,
      createdAt: addDays(quarters(year, quarter, 1)[0].start, -3),
      standalone: true,
    },
    // Last year's quota for the same reps (listed last so the families above keep their random
    // draws): what "last year's targets +X%" and seasonal profiles in quota planning start from.
    {
      ...common,
      // Not "… Annual Revenue Quota": a portal's goals are told apart by name, and this year's keeps that one.
      name: `${year - 1} Revenue Quota`,
      kind: REVENUE,
      milestone: "monthly",
      periods: months(year - 1, 0, 12),
      endStyle: "inclusive",
      assignees: [
        withQuota("ava", a.byOwner("ava", "onPace")),
        withQuota("liam", a.byOwner("liam", "ahead")),
        withQuota("sofia", a.byOwner("sofia", "behind")),
        withQuota("noah", a.byOwner("noah", "onPace")),
        withQuota("emma", a.byUser("emma", "ahead")),
        withQuota("lucas", a.byUser("lucas", "onPace")),
        withQuota("mia", a.byUser("mia", "behind")),
        withQuota("ethan", a.byUser("ethan", "onPace")),
      ],
      amount: (assignee, _period, index) => roundTo((quotas.get(assignee) ?? 36_000) * (0.82 + 0.03 * (index % 4)), 500),
      createdAt: new Date(Date.UTC(year - 2, 11, 9, 10, 12, 5, 431)),
    },
  ];
}
