import { describe, expect, it } from "vitest";
import { groupGoals } from "@/lib/goals/group";
import { coverage, type GanttLine, planGantt } from "@/lib/goals/timeline-bars";
import { presetRange } from "@/lib/goals/timeline-range";
import { scheduleKey } from "@/lib/goals/timeline-select";
import { directoryIndex } from "./directory";
import { MONTH_STARTS_2026, makeTarget, monthlySchedule } from "./fixtures";

const ny = "America/New_York";
const now = "2026-06-15T12:00:00.000Z";
const year2026 = presetRange("this-year", now, ny);
const at = (iso: string) => Date.parse(iso);
const base = { range: year2026, now, timeZone: ny, directory: directoryIndex, limit: 40, expanded: new Set<string>(), scheduleIds: null };
const kinds = (lines: GanttLine[]) => lines.map((l) => l.kind);

describe("coverage", () => {
  it("merges consecutive periods and marks the months an assignee has no target", () => {
    const targets = [0, 1, 4, 5].map((m) => makeTarget({ start: MONTH_STARTS_2026[m], end: MONTH_STARTS_2026[m + 1] }));
    const window = { start: at("2026-01-01T05:00:00Z"), end: at("2026-07-01T04:00:00Z") };
    expect(coverage({ targets }, window, ny)).toEqual([
      { kind: "target", start: window.start, end: at("2026-03-01T05:00:00Z") },
      { kind: "gap", start: at("2026-03-01T05:00:00Z"), end: at("2026-05-01T04:00:00Z") },
      { kind: "target", start: at("2026-05-01T04:00:00Z"), end: window.end },
    ]);
  });

  it("shows a late start and an early stop as gaps within the goal, and a row with no target in view as one gap", () => {
    const targets = [makeTarget({ start: MONTH_STARTS_2026[2], end: MONTH_STARTS_2026[3] })];
    const window = { start: at("2026-01-01T05:00:00Z"), end: at("2026-07-01T04:00:00Z") };
    expect(coverage({ targets }, window, ny).map((s) => s.kind)).toEqual(["gap", "target", "gap"]);
    expect(coverage({ targets }, { start: at("2026-05-01T04:00:00Z"), end: window.end }, ny)).toEqual([{ kind: "gap", start: at("2026-05-01T04:00:00Z"), end: window.end }]);
  });

  it("merges overlapping periods", () => {
    const targets = [
      makeTarget({ start: MONTH_STARTS_2026[0], end: MONTH_STARTS_2026[3] }),
      makeTarget({ start: MONTH_STARTS_2026[1], end: MONTH_STARTS_2026[2] }),
    ];
    expect(coverage({ targets }, { start: at("2026-01-01T05:00:00Z"), end: at("2026-04-01T04:00:00Z") }, ny)).toHaveLength(1);
  });
});

describe("planGantt", () => {
  const revenue = [
    ...monthlySchedule({ goalId: "rev", name: "Revenue", scheduleId: "ada", assignee: { kind: "owner", id: "100" } }),
    ...monthlySchedule({ goalId: "rev", name: "Revenue", scheduleId: "lin", assignee: { kind: "user", id: "777" } }).filter((_, i) => i !== 3),
  ];
  const nextYear = makeTarget({ goalId: "next", name: "Next year", start: "2027-01-01T00:00:00.000Z", end: "2028-01-01T00:00:00.000Z" });
  const goals = groupGoals([...revenue, nextYear]);

  it("draws one bar per goal, clipped to the range, coloured by status", () => {
    const plan = planGantt(goals, base);
    expect(kinds(plan.lines)).toEqual(["goal"]);
    const [line] = plan.lines;
    expect(line).toMatchObject({ kind: "goal", status: "active", expanded: false, assigneeCount: 2 });
    expect(line.kind === "goal" && line.span).toEqual({ start: year2026.start, end: year2026.end, clippedStart: false, clippedEnd: false });
    // The 2027 goal does not meet 2026 at all: neither drawn nor counted.
    expect(plan).toMatchObject({ shownGoals: 1, totalGoals: 1, marks: 1, cutByBudget: 0 });
  });

  it("adds assignee rows, sorted by name, with their totals and gaps, when a goal is expanded", () => {
    const plan = planGantt(goals.filter((g) => g.id === "rev"), { ...base, expanded: new Set(["rev"]) });
    expect(kinds(plan.lines)).toEqual(["goal", "assignee", "assignee"]);
    const people = plan.lines.filter((l): l is Extract<GanttLine, { kind: "assignee" }> => l.kind === "assignee");
    expect(people.map((p) => [p.assignee.name, p.amount, p.segments.map((s) => s.kind).join(",")])).toEqual([
      ["Ada Lovelace", "12000", "target"],
      ["Lin Chen", "11000", "target,gap,target"],
    ]);
    expect(plan.marks).toBe(1 + 1 + 3);
  });

  it("shows only the filtered people's rows", () => {
    const plan = planGantt(goals, { ...base, expanded: new Set(["rev"]), scheduleIds: new Set([scheduleKey("rev", "lin")]) });
    expect(plan.lines.filter((l) => l.kind === "assignee").map((l) => l.kind === "assignee" && l.schedule.id)).toEqual(["lin"]);
  });

  it("collapses assignees past the per-goal cap into one 'more' row", () => {
    const many = groupGoals(
      Array.from({ length: 30 }, (_, i) => makeTarget({ goalId: "big", scheduleId: `s${i}`, assignee: { kind: "owner", id: String(i) } })),
    );
    const plan = planGantt(many, { ...base, expanded: new Set(["big"]), maxAssignees: 25 });
    expect(plan.lines.filter((l) => l.kind === "assignee")).toHaveLength(25);
    expect(plan.lines[plan.lines.length - 1]).toMatchObject({ kind: "more-assignees", hidden: 5 });
  });

  it("draws at most a page of goals and never passes the mark budget", () => {
    const targets = Array.from({ length: 10_000 }, (_, i) =>
      makeTarget({
        goalId: `g${i % 500}`,
        name: `Goal ${i % 500}`,
        scheduleId: `s${i % 20}`,
        assignee: { kind: "owner", id: String(i % 20) },
        start: MONTH_STARTS_2026[i % 12],
        end: MONTH_STARTS_2026[(i % 12) + 1],
      }),
    );
    const big = groupGoals(targets);
    const page = planGantt(big, base);
    expect(page).toMatchObject({ shownGoals: 40, totalGoals: 500, marks: 40, cutByBudget: 0 });

    const everything = planGantt(big, { ...base, limit: 500, expanded: new Set(big.map((g) => g.id)) });
    expect(everything.marks).toBeLessThanOrEqual(2000);
    expect(everything.cutByBudget).toBe(500 - everything.shownGoals);
    expect(everything.shownGoals).toBeGreaterThan(0);
    expect(planGantt(big, { ...base, limit: 500, maxMarks: 100 }).marks).toBe(100);
  });
});
