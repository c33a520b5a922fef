import type { AssigneeHelpers } from "./assignees";
import { roundTo, type Assignee, type FamilySpec } from "./family";
import { CALLS, MEETINGS, REVENUE, type GoalKind } from "./kinds";
import { addDays, months } from "./periods";
import type { Performance } from "./progress";
import type { Random } from "./random";

const REPS = ["ava", "liam", "sofia", "noah", "emma", "lucas", "mia", "ethan"];
const PERFORMANCES: Performance[] = ["ahead", "onPace", "behind", "none"];
const REGIONS = ["Northeast", "Mid-Atlantic", "Southeast", "Midwest", "Mountain", "Pacific", "Canada", "Enterprise"];
const KINDS: Array<{ kind: GoalKind; label: string; base: number; step: number }> = [
  { kind: REVENUE, label: "Revenue", base: 30_000, step: 500 },
  { kind: CALLS, label: "Calls", base: 200, step: 5 },
  { kind: MEETINGS, label: "Meetings", base: 25, step: 1 },
];

/**
 * Extra monthly families for load tests: enough 12-slice schedules for the demo reps to reach the
 * requested size. Names say "(generated)" so they never pass for the hand-made demo goals.
 */
export function paddingFamilies(
  a: AssigneeHelpers,
  random: Random,
  now: Date,
  needed: number,
  common: Pick<FamilySpec, "createdByUserId" | "currency" | "fiscalYearOffset">,
): FamilySpec[] {
  const families: FamilySpec[] = [];
  const year = now.getUTCFullYear();
  let remaining = needed;
  for (let n = 1; remaining > 0; n += 1) {
    const template = KINDS[n % KINDS.length];
    const repCount = Math.min(REPS.length, Math.max(1, Math.ceil(remaining / 12)));
    const assignees: Assignee[] = REPS.slice(0, repCount).map((key, i) =>
      i % 2 === 0 ? a.byOwner(key, random.pick(PERFORMANCES)) : a.byUser(key, random.pick(PERFORMANCES)),
    );
    const startYear = n % 4 === 0 ? year - 1 : year;
    families.push({
      ...common,
      name: `${REGIONS[n % REGIONS.length]} ${template.label} Plan ${String(n).padStart(3, "0")} (generated)`,
      kind: template.kind,
      milestone: "monthly",
      periods: months(startYear, 0, 12),
      endStyle: "inclusive",
      assignees,
      amount: () => roundTo(template.base * random.between(0.7, 1.3), template.step),
      createdAt: addDays(new Date(Date.UTC(startYear, 0, 1)), -random.int(5, 60)),
    });
    remaining -= repCount * 12;
  }
  return families;
}
