import { expect, test } from "@playwright/test";
import { emulator, type RawTarget } from "./support/emulator";
import { expectedGoals } from "./support/expected";
import { figuresOf, percentText, periodsOf } from "./support/figures";
import { expectedRows, people, previousClose, rank, rows } from "./support/leaders";
import { GRACE } from "./support/session";
import { DEMO_PORTAL, signIn } from "./support/sign-in";

/**
 * Leaderboards and attainment history on the demo portal, ranked here from the emulator's raw
 * records and directory by the definitions /help gives (never with Goalboard's code).
 */

const ZONE = "America/New_York";
const SUM = { average: false, lowerIsBetter: false };
const month = new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: ZONE });

async function annualQuota() {
  return (await expectedGoals(DEMO_PORTAL)).find((g) => /^\d{4} Annual Revenue Quota$/.test(g.name))!;
}

test.describe("leaderboards and history", () => {
  test("a goal's leaderboard ranks its assignees and teams by attainment to date, with moves since the previous month closed, and by pace", async ({ page }) => {
    const goal = await annualQuota();
    const who = [...(await people(goal.targets)).values()];
    await signIn(page, GRACE, `/goals/${goal.id}`);
    const now = Number(await page.getByTestId("standing").getAttribute("data-now"));
    const before = previousClose(goal.targets, now);
    const board = page.getByTestId("leaderboard-people");
    await expect(board.getByTestId("leader-row").first()).toBeVisible();
    expect(await rows(board)).toEqual(expectedRows(rank(who, now, "attainment"), rank(who, before, "attainment")));

    // Teams: East and West, each its members' targets together.
    const teams = ["East Sales", "West Sales"].map((name) => ({ name, targets: who.filter((p) => p.teams.includes(name)).flatMap((p) => p.targets) }));
    expect(await rows(page.getByTestId("leaderboard-teams"))).toEqual(expectedRows(rank(teams, now, "attainment"), rank(teams, before, "attainment")));

    await page.getByRole("group", { name: "Rank by" }).getByRole("button", { name: "Percent of expected" }).click();
    await expect(page).toHaveURL(/[?&]rank=pace/);
    await expect(board).toHaveAttribute("data-rank-by", "pace");
    expect(await rows(board)).toEqual(expectedRows(rank(who, now, "pace"), rank(who, before, "pace")));
  });

  test("a goal's attainment history shows each finished month judged on its own, and how often the target was hit", async ({ page }) => {
    const goal = await annualQuota();
    const who = await people(goal.targets);
    await signIn(page, GRACE, `/goals/${goal.id}`);
    const now = Number(await page.getByTestId("standing").getAttribute("data-now"));
    const finished = [...new Map(periodsOf(goal.targets, ZONE).filter((p) => p.end <= now).map((p) => [p.start, p])).values()].sort((a, b) => a.start - b.start).slice(-12);
    expect(finished.length).toBeGreaterThan(0);
    const table = page.getByTestId("history-people-table");
    await expect(table.getByTestId("history-column")).toHaveText(finished.map((p) => month.format(p.start)));
    for (const person of who.values()) {
      const row = table.locator(`[data-testid=history-row][data-name="${person.name}"]`);
      const cells = finished.map((column) => {
        const inside = person.targets.filter((t) => periodsOf([t], ZONE)[0].start === column.start);
        const f = figuresOf(periodsOf(inside, ZONE), now, SUM);
        return { f, text: inside.length === 0 ? "—" : f.attainment === null ? "No data" : percentText(f.attainment, f, false, false) };
      });
      const results = cells.filter((c) => c.f.status === "Achieved" || c.f.status === "Missed");
      const hits = results.filter((c) => c.f.status === "Achieved").length;
      await expect(row.getByTestId("history-cell"), person.name).toHaveText(cells.map((c) => c.text));
      await expect(row.getByTestId("history-hit-count"), person.name).toHaveText(`${hits} of ${results.length}`);
      const card = page.locator(`[data-testid=history-card][data-name="${person.name}"]`).first();
      const n = finished.length;
      const expected =
        results.length === 0
          ? `No result in the last ${n} months`
          : `Hit target in ${hits} of the last ${n} months${results.length === n ? "" : ` (${n - results.length} without progress data)`}`;
      await expect(card.getByTestId("history-hits"), person.name).toHaveText(expected);
    }
  });

  test("/leaderboard ranks everyone on a goal type over the periods running now, against the previous period's final ranking", async ({ page }) => {
    const goals = (await expectedGoals(DEMO_PORTAL)).filter((g) => g.type === "sales_quota");
    const records = goals.flatMap((g) => g.targets);
    const everyone = [...(await people(records)).values()];
    // The server ranks: the browser never downloads the portal's targets, only the view's answer.
    const asked: string[] = [];
    page.on("request", (request) => asked.push(new URL(request.url()).pathname));
    await signIn(page, GRACE, "/leaderboard?type=sales_quota");
    await expect(page.getByTestId("leaderboard-page")).toBeVisible();
    const now = Number(await page.getByTestId("leaderboard-page").getAttribute("data-now"));
    const running = (targets: RawTarget[], at: number) => targets.filter((t) => {
      const [p] = periodsOf([t], ZONE);
      return p.start <= at && at < p.end;
    });
    const persons = everyone.filter((p) => !p.team);
    const current = persons.map((p) => ({ name: p.name, targets: running(p.targets, now) }));
    const closedAt = previousClose(current.flatMap((p) => p.targets), now);
    const previous = persons.map((p) => ({ name: p.name, targets: running(p.targets, closedAt) }));
    expect(await rows(page.getByTestId("leaderboard-people"))).toEqual(expectedRows(rank(current, now, "attainment"), rank(previous, closedAt, "attainment")));

    // The line under the controls names the goals ranked: those with a period running now, not the ended ones of the type.
    const ranked = goals.filter((g) => running(g.targets, now).length > 0).map((g) => g.name);
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.length).toBeLessThan(goals.length);
    const summary = (await page.getByTestId("board-summary").textContent())!;
    const named = /^(\d+) goals? of type Sales quota with a period running now: (.*)\. Ranked by attainment to date, each against their own target\./.exec(summary);
    expect(named, summary).not.toBeNull();
    expect([Number(named![1]), named![2].split(", ").sort()]).toEqual([ranked.length, [...ranked].sort()]);

    // The URL carries the view: one team's people only.
    const team = (await emulator.directory(DEMO_PORTAL)).teams.find((t) => t.name === "East Sales")!;
    await page.goto(`/leaderboard?type=sales_quota&team=${team.id}`);
    const east = persons.filter((p) => p.teams.includes("East Sales")).map((p) => p.name);
    await expect.poll(async () => new Set((await rows(page.getByTestId("leaderboard-people"))).map((r) => r.name))).toEqual(new Set(east));

    // Choosing everyone again asks the view API for the new ranking.
    const answered = page.waitForResponse((res) => new URL(res.url()).pathname === "/api/views/leaderboard" && res.ok());
    await page.getByTestId("board-team").selectOption("");
    await answered;
    await expect.poll(async () => (await rows(page.getByTestId("leaderboard-people"))).length).toBe(persons.length);
    expect(asked.filter((path) => path === "/api/goals")).toEqual([]);
  });
  test("/leaderboard's team history, when no team target lies within a month, says so and shows each quarter at one click", async ({ page }) => {
    const records = (await expectedGoals(DEMO_PORTAL)).filter((g) => g.type === "sales_quota").flatMap((g) => g.targets);
    const teams = [...(await people(records)).values()].filter((p) => p.team);
    expect(teams.length).toBeGreaterThan(0);
    // The demo's team quotas are quarterly: none of their periods fits in a calendar month.
    const longest = Math.min(...teams.flatMap((t) => periodsOf(t.targets, ZONE)).map((p) => p.end - p.start));
    expect(longest).toBeGreaterThan(31 * 86_400_000);
    await signIn(page, GRACE, "/leaderboard?type=sales_quota");
    await expect(page.getByTestId("history-people")).toBeVisible();
    const note = page.getByTestId("history-teams-longer");
    await expect(note).toContainText("No team target lies within a single month.");
    await note.getByRole("button", { name: "Show each quarter" }).click();
    await expect(page).toHaveURL(/[?&]every=quarter(&|$)/);
    const teamRows = page.getByTestId("history-teams-table").getByTestId("history-row");
    await expect(teamRows.first()).toBeVisible();
    const names = await teamRows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-name")));
    expect(names.every((name) => teams.some((t) => t.name === name)), names.join(", ")).toBe(true);
    await expect(note).toBeHidden();
  });
});
