import { expect, test } from "@playwright/test";
import { DEMO_PRIVATE_APP_TOKEN } from "../emulator/constants";
import { E2E } from "./ports";
import { emulator, type RawTarget } from "./support/emulator";
import { cell, cents, openPlan, pasteInto, quotaFamily, scheduleOf } from "./support/plan";
import { GRACE } from "./support/session";
import { DEMO_PORTAL, signIn } from "./support/sign-in";
import { postFromApp } from "./support/post";

/**
 * What careful writes look like when things go wrong: two managers on one goal (a conflict, shown
 * as theirs, yours and HubSpot's now, decided per target), HubSpot refusing part of an apply (207),
 * a goal family's rules refusing all of it, a revert from a target page's history, a CSV import
 * shown before it changes anything, and a session without the write scope.
 */

const YEAR = new Date().getUTCFullYear();
const HENRY = "henry.walsh@northwind-traders.example";

async function amounts(ids: string[]): Promise<Record<string, string>> {
  const all = await emulator.targets(DEMO_PORTAL);
  return Object.fromEntries(all.filter((t) => ids.includes(t.id)).map((t) => [t.id, String(cents(t.properties.hs_target_amount) / 100)]));
}

async function avaOf(): Promise<{ uuid: string; ava: RawTarget[]; targets: RawTarget[] }> {
  const { uuid, targets } = await quotaFamily(YEAR);
  const directory = await emulator.directory(DEMO_PORTAL);
  const avaUser = directory.users.find((u) => u.firstName === "Ava")!;
  const avaTargets = targets.filter((t) => t.properties.hs_user_ids_of_all_owners === avaUser.id);
  return { uuid, ava: scheduleOf(avaTargets, avaTargets[0].properties.hs_goal_target_group_id!), targets };
}

test.beforeEach(async () => {
  await emulator.clearWriteRules();
  await emulator.reset();
});
test.afterAll(async () => {
  await emulator.clearWriteRules();
  await emulator.reset();
});

test("two managers edit the same goal: the later one sees each conflict and chooses; nothing is overwritten unseen", async ({ browser }) => {
  const { uuid, ava } = await avaOf();
  const [mar, apr, may] = [ava[2], ava[3], ava[4]];
  const grace = await (await browser.newContext()).newPage();
  const henry = await (await browser.newContext()).newPage();
  await signIn(grace, GRACE, `/goals/${uuid}/plan`);
  await signIn(henry, HENRY, `/goals/${uuid}/plan`);
  await expect(grace.getByTestId("plan-grid")).toBeVisible();

  // Henry changes March and May first.
  await pasteInto(henry, mar.id, "60000\t\t61000");
  await henry.getByTestId("review").click();
  await henry.getByTestId("apply").click();
  await expect(henry.getByTestId("apply-summary")).toContainText("2 applied");

  // Grace, on the values she loaded before, changes March, April and May.
  await pasteInto(grace, mar.id, "55000\t47000\t56000");
  await grace.getByTestId("review").click();
  const conflicts = grace.getByTestId("conflict");
  await expect(conflicts).toHaveCount(2);
  const marConflict = grace.locator(`[data-testid=conflict][data-target-id="${mar.id}"]`);
  await expect(marConflict.getByTestId("conflict-yours")).toHaveText("55,000");
  await expect(marConflict.getByTestId("conflict-now")).toHaveText("60,000");
  await expect(marConflict).toContainText((cents(mar.properties.hs_target_amount) / 100).toLocaleString("en-US"));
  await expect(grace.getByTestId("dry-run-change")).toHaveCount(1);
  await expect(grace.getByTestId("apply")).toBeDisabled();
  await grace.screenshot({ path: "test-results/plan-conflict.png", fullPage: true });

  // Her API call with the stale version is refused as a whole: nothing written.
  const stale = await postFromApp(grace.request, `/api/goals/${uuid}/plan/apply`, {
    data: { changes: [{ targetId: mar.id, amount: "55000", version: mar.properties.hs_lastmodifieddate, base: mar.properties.hs_target_amount }], notify: false, applyId: crypto.randomUUID() },
  });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error.code).toBe("CONFLICT");
  expect(await amounts([mar.id, may.id])).toEqual({ [mar.id]: "60000", [may.id]: "61000" });

  // She keeps HubSpot's May and overwrites March with hers.
  await grace.locator(`[data-testid=conflict][data-target-id="${may.id}"]`).getByRole("button", { name: "Keep HubSpot's" }).click();
  await marConflict.getByRole("button", { name: "Use mine" }).click();
  await expect(conflicts).toHaveCount(0);
  await expect(grace.getByTestId("dry-run-change")).toHaveCount(2);
  await grace.getByTestId("apply").click();
  await expect(grace.getByTestId("apply-summary")).toContainText("2 applied");
  expect(await amounts([mar.id, apr.id, may.id])).toEqual({ [mar.id]: "55000", [apr.id]: "47000", [may.id]: "61000" });
  await grace.getByRole("button", { name: "Close" }).click();
  await expect(cell(grace, may.id)).toHaveAttribute("data-value", "61000");
  await expect(cell(grace, may.id)).toHaveAttribute("data-changed", "false");
});

test("HubSpot refuses part of an apply (207): the rest is applied, each refusal says why, the grid shows the true state", async ({ page }) => {
  const { uuid, ava } = await avaOf();
  await emulator.writeRule({ kind: "validation", portalId: DEMO_PORTAL, property: "hs_target_amount", targetIds: [ava[1].id, ava[3].id], message: "Quota changes need the CFO's approval." });
  await signIn(page, GRACE, `/goals/${uuid}/plan`);
  await pasteInto(page, ava[0].id, "10000\t20000\t30000\t40000");
  await page.getByTestId("review").click();
  await page.getByTestId("apply").click();
  await expect(page.getByTestId("apply-summary")).toHaveText("2 applied, 2 failed. The grid shows HubSpot's values now; the failed ones stay in the grid as edits.");
  const failures = page.getByTestId("apply-failure");
  await expect(failures).toHaveCount(2);
  await expect(failures.first()).toContainText("Quota changes need the CFO's approval.");
  await page.screenshot({ path: "test-results/plan-partial-failure.png", fullPage: true });
  expect(await amounts(ava.slice(0, 4).map((t) => t.id))).toEqual({
    [ava[0].id]: "10000",
    [ava[1].id]: String(cents(ava[1].properties.hs_target_amount) / 100),
    [ava[2].id]: "30000",
    [ava[3].id]: String(cents(ava[3].properties.hs_target_amount) / 100),
  });
  await page.getByRole("button", { name: "Close" }).click();
  await expect(cell(page, ava[0].id)).toHaveAttribute("data-changed", "false");
  await expect(cell(page, ava[1].id)).toHaveAttribute("data-changed", "true");
  await expect(cell(page, ava[1].id)).toHaveAttribute("data-value", "20000");
  await expect(page.getByTestId("review")).toHaveText("Review 2 changes");
});

test("a goal family's rules refuse the whole apply, and the dry run stops a negative amount before HubSpot is asked", async ({ page }) => {
  const { uuid, ava } = await avaOf();
  await signIn(page, GRACE, `/goals/${uuid}/plan`);
  await emulator.writeRule({ kind: "family", portalId: DEMO_PORTAL, goalId: uuid, message: "This goal is locked for the quarter close." });
  await pasteInto(page, ava[0].id, "10000\t20000");
  await page.getByTestId("review").click();
  await page.getByTestId("apply").click();
  await expect(page.getByTestId("apply-summary")).toContainText("0 applied, 2 failed");
  await expect(page.getByTestId("apply-failure").first()).toContainText("This goal is locked for the quarter close.");
  expect(await amounts([ava[0].id])).toEqual({ [ava[0].id]: String(cents(ava[0].properties.hs_target_amount) / 100) });

  const negative = await postFromApp(page.request, `/api/goals/${uuid}/plan/dry-run`, {
    data: { changes: [{ targetId: ava[0].id, amount: "-5", version: ava[0].properties.hs_lastmodifieddate, base: "1" }] },
  });
  expect(negative.status()).toBe(200);
  const review = await negative.json();
  expect(review.canApply).toBe(false);
  expect(review.problems[0]).toMatchObject({ code: "INVALID_AMOUNT", severity: "error" });
  const refused = await postFromApp(page.request, `/api/goals/${uuid}/plan/apply`, {
    data: { changes: [{ targetId: ava[0].id, amount: "-5", version: ava[0].properties.hs_lastmodifieddate, base: "1" }], notify: false, applyId: crypto.randomUUID() },
  });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error.message).toMatch(/^Nothing was written: Ava Thompson · \d{4}-01-01: -5 is negative/);
});

test("a target page shows who changed the amount and reverts a change through the same dry run", async ({ page }) => {
  const { uuid, ava } = await avaOf();
  await signIn(page, GRACE, `/goals/${uuid}/plan`);
  await pasteInto(page, ava[5].id, "77777");
  await page.getByTestId("review").click();
  await page.getByTestId("apply").click();
  await expect(page.getByTestId("apply-summary")).toContainText("1 applied");

  await page.goto(`/targets/${ava[5].id}`);
  const entries = page.getByTestId("history-entry");
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toHaveAttribute("data-value", "77777");
  await expect(entries.first()).toContainText("Grace Holloway");
  await entries.first().getByTestId("history-revert").click();
  const change = page.getByTestId("dry-run-change");
  await expect(change).toHaveCount(1);
  await expect(change).toHaveAttribute("data-after", String(cents(ava[5].properties.hs_target_amount) / 100));
  await page.screenshot({ path: "test-results/target-revert.png", fullPage: true });
  await page.getByTestId("apply").click();
  await expect(page.getByTestId("apply-summary")).toContainText("1 applied");
  expect(await amounts([ava[5].id])).toEqual({ [ava[5].id]: String(cents(ava[5].properties.hs_target_amount) / 100) });
  await page.getByRole("button", { name: "Close" }).click();
  await expect(entries).toHaveCount(3);
});

test("a CSV import shows its diff before changing anything and refuses a file with bad lines, each named", async ({ page }) => {
  const { uuid, ava } = await avaOf();
  await signIn(page, GRACE, `/goals/${uuid}/plan`);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  const exported = await (await download).createReadStream();
  const text = await new Promise<string>((resolve) => {
    let data = "";
    exported.on("data", (chunk) => (data += chunk));
    exported.on("end", () => resolve(data));
  });
  const lines = text.replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines).toHaveLength(9);
  const avaLine = lines.findIndex((line) => line.startsWith("Ava Thompson,"));
  const edited = [...lines];
  edited[avaLine] = edited[avaLine].replace(/^(Ava Thompson,\d+,)[^,]+/, (_, head: string) => `${head}1111`);
  const bad = [...lines];
  bad[avaLine] = bad[avaLine].replace(/^(Ava Thompson,\d+,)[^,]+/, (_, head: string) => `${head}12.5.5`);
  await page.getByTestId("csv-import").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from([...bad, "Nobody,,1,2"].join("\n")) });
  await expect(page.getByTestId("csv-errors").locator("li")).toHaveText([new RegExp(`^Line ${avaLine + 1}: Ava Thompson, \\d{4}-01-01: "12\\.5\\.5" is not an amount\\.$`), `Line 10: "Nobody" is not an assignee of this goal.`]);
  await expect(page.getByTestId("csv-apply")).toHaveCount(0);
  await expect(cell(page, ava[0].id)).toHaveAttribute("data-changed", "false");
  await page.getByTestId("csv-import").setInputFiles({ name: "good.csv", mimeType: "text/csv", buffer: Buffer.from(edited.join("\r\n")) });
  await expect(page.getByTestId("csv-changes").locator("li")).toHaveCount(1);
  await expect(cell(page, ava[0].id)).toHaveAttribute("data-changed", "false");
  await page.getByTestId("csv-apply").click();
  await expect(cell(page, ava[0].id)).toHaveAttribute("data-value", "1111");
});

test("without the write scope the plan is read-only, says how to get edit access, and the write routes refuse", async ({ page }) => {
  const { uuid, ava } = await avaOf();
  await signIn(page, GRACE, `/goals/${uuid}/plan`, { withhold: ["crm.objects.goals.write"] });
  await openPlan(page, uuid);
  await expect(page.getByTestId("read-only-notice")).toContainText("crm.objects.goals.write");
  await expect(page.getByRole("button", { name: "Sign in again for edit access" })).toBeVisible();
  await expect(page.getByTestId("review")).toHaveCount(0);
  await expect(page.getByTestId("bulk-tools")).toHaveCount(0);
  await cell(page, ava[0].id).dblclick();
  await page.keyboard.type("5");
  await expect(page.getByTestId("plan-cell-input")).toHaveCount(0);
  await expect(page.getByTestId("history-revert")).toHaveCount(0);
  await page.screenshot({ path: "test-results/plan-read-only.png", fullPage: true });
  await emulator.resetCalls();
  const change = { targetId: ava[0].id, amount: "1", version: ava[0].properties.hs_lastmodifieddate, base: "1" };
  const dry = await postFromApp(page.request, `/api/goals/${uuid}/plan/dry-run`, { data: { changes: [change] } });
  const apply = await postFromApp(page.request, `/api/goals/${uuid}/plan/apply`, { data: { changes: [change], notify: false, applyId: crypto.randomUUID() } });
  for (const res of [dry, apply]) {
    expect(res.status()).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: "MISSING_SCOPE", scope: "crm.objects.goals.write" } });
  }
  expect((await emulator.calls()).total).toBe(0);
});

test("HubSpot recalculating progress moves a target's modified date but is no conflict: the edit is written", async ({ page }) => {
  const { uuid, ava } = await avaOf();
  await signIn(page, GRACE, `/goals/${uuid}/plan`);
  await pasteInto(page, ava[6].id, "48000");
  // What a KPI recalculation does to the record: another property changes, hs_lastmodifieddate moves.
  const res = await fetch(`${E2E.emulatorUrl}/crm/v3/objects/goal_targets/${ava[6].id}`, {
    method: "PATCH",
    headers: { authorization: `Bearer ${DEMO_PRIVATE_APP_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ properties: { hs_kpi_value: "1234.5" } }),
  });
  expect(res.status).toBe(200);
  await page.getByTestId("review").click();
  await expect(page.getByTestId("dry-run-change")).toHaveCount(1);
  await expect(page.getByTestId("conflict")).toHaveCount(0);
  await page.getByTestId("apply").click();
  await expect(page.getByTestId("apply-summary")).toContainText("1 applied");
  expect(await amounts([ava[6].id])).toEqual({ [ava[6].id]: "48000" });
});
