import AxeBuilder from "@axe-core/playwright";
import { Client } from "@hubspot/api-client";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PRIVATE_APP_TOKEN } from "../emulator/constants";
import { E2E } from "./ports";
import { callsFor, emulator, type RawTarget } from "./support/emulator";
import { cell, cents, pasteInto, quotaFamily, scheduleOf, shownCells } from "./support/plan";
import { GRACE } from "./support/session";
import { DEMO_PORTAL, signIn } from "./support/sign-in";

/**
 * Quota planning end to end, through real OAuth with the write scope: edit, paste, undo, a bulk
 * spread, the dry run, apply, and what HubSpot (the emulator) holds afterwards, read back by the
 * official client. Expected figures are worked out here from the emulator's raw records.
 */

const YEAR = new Date().getUTCFullYear();
const dollars = (c: number) => String(c / 100);
const grouped = (c: number) => (c / 100).toLocaleString("en-US", { maximumFractionDigits: 2 });
const signedDelta = (c: number) => (c === 0 ? "±0" : c > 0 ? `+${grouped(c)}` : `−${grouped(-c)}`);

async function rowKey(page: Page, name: string): Promise<string> {
  return (await page.getByTestId("plan-row").filter({ hasText: name }).getAttribute("data-row"))!;
}

async function records(ids: string[]): Promise<Map<string, RawTarget>> {
  const all = await emulator.targets(DEMO_PORTAL);
  return new Map(all.filter((t) => ids.includes(t.id)).map((t) => [t.id, t]));
}

test.afterAll(async () => {
  await emulator.clearWriteRules();
  await emulator.reset();
});

test("a manager edits, pastes, undoes, spreads, reviews and applies; HubSpot holds it and the official client reads it back", async ({ page }) => {
  await emulator.reset();
  const { uuid, targets } = await quotaFamily(YEAR);
  await signIn(page, GRACE, `/goals/${uuid}/plan`);
  await expect(page.getByTestId("plan-grid")).toBeVisible();
  await expect(page.getByTestId("read-only-notice")).toHaveCount(0);
  const a11y = await new AxeBuilder({ page }).analyze();
  expect(a11y.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // The grid is HubSpot's values, with totals recomputed here.
  const shown = await shownCells(page);
  expect(shown.size).toBe(targets.length);
  for (const t of targets) expect(cents(shown.get(t.id)!), t.id).toBe(cents(t.properties.hs_target_amount));
  const goalCents = targets.reduce((sum, t) => sum + cents(t.properties.hs_target_amount), 0);
  expect(cents(await page.getByTestId("goal-total").getAttribute("data-value"))).toBe(goalCents);

  const ava = scheduleOf(targets, await rowKey(page, "Ava Thompson"));
  const emma = scheduleOf(targets, await rowKey(page, "Emma Nguyen"));
  const ethan = scheduleOf(targets, await rowKey(page, "Ethan Brooks"));
  const avaTotal = () => page.getByTestId("plan-row").filter({ hasText: "Ava Thompson" }).getByTestId("row-total");

  // Type into a cell: Enter confirms and moves down.
  await cell(page, ava[0].id).click();
  await page.keyboard.type("50000");
  await page.keyboard.press("Enter");
  await expect(cell(page, ava[0].id)).toHaveAttribute("data-value", "50000");
  await expect(cell(page, ava[0].id).getByTestId("plan-cell-delta")).toHaveText(signedDelta(5_000_000 - cents(ava[0].properties.hs_target_amount)));
  const avaCents = ava.reduce((sum, t) => sum + cents(t.properties.hs_target_amount), 0);
  await expect(avaTotal()).toHaveAttribute("data-value", dollars(avaCents - cents(ava[0].properties.hs_target_amount) + 5_000_000));
  await expect(page.getByTestId("goal-total")).toHaveAttribute("data-value", dollars(goalCents - cents(ava[0].properties.hs_target_amount) + 5_000_000));
  // The cell below is active now: type with grouping, Tab confirms.
  await page.keyboard.type("1,234.5");
  await page.keyboard.press("Tab");
  await expect(cell(page, emma[0].id)).toHaveAttribute("data-value", "1234.5");

  // Arrow keys move the active cell; typing replaces its value.
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.type("1");
  await page.keyboard.press("Escape");
  // From Emma's February: up to Ava's, right, left, right: Ava's March.
  await expect(cell(page, ava[2].id)).toHaveAttribute("data-changed", "false");
  await expect(cell(page, ava[2].id)).toBeFocused();

  // Not an amount: the cell says so and keeps editing; Escape gives up.
  await cell(page, emma[3].id).click();
  await page.keyboard.type("12x");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("plan-cell-error")).toContainText('"12x" is not an amount.');
  await page.keyboard.press("Escape");
  await expect(cell(page, emma[3].id)).toHaveAttribute("data-changed", "false");

  // Undo and redo, from the keyboard and the toolbar.
  await page.keyboard.press("Control+z");
  await expect(cell(page, emma[0].id)).toHaveAttribute("data-changed", "false");
  await page.getByTestId("redo").click();
  await expect(cell(page, emma[0].id)).toHaveAttribute("data-value", "1234.5");
  await page.getByTestId("undo").click();
  await expect(cell(page, emma[0].id)).toHaveAttribute("data-value", String(cents(emma[0].properties.hs_target_amount) / 100));

  // Paste a 2×2 block copied from a spreadsheet onto Ava's February.
  await pasteInto(page, ava[1].id, "41000\t42,000\n39000\t38000\n");
  const avaRow = await page.getByTestId("plan-row").evaluateAll((rows) => rows.map((r) => r.textContent ?? ""));
  const avaIndex = avaRow.findIndex((text) => text.includes("Ava Thompson"));
  const below = scheduleOf(targets, (await page.getByTestId("plan-row").nth(avaIndex + 1).getAttribute("data-row"))!);
  await expect(cell(page, ava[1].id)).toHaveAttribute("data-value", "41000");
  await expect(cell(page, ava[2].id)).toHaveAttribute("data-value", "42000");
  await expect(cell(page, below[1].id)).toHaveAttribute("data-value", "39000");
  await expect(cell(page, below[2].id)).toHaveAttribute("data-value", "38000");

  // Bulk: 480,000 for Ethan alone, spread evenly, rounded to 1,000.
  await page.getByLabel("Select every assignee for the bulk tools").uncheck();
  await page.getByLabel("Select Ethan Brooks for the bulk tools").check();
  await page.getByTestId("spread-total").fill("480000");
  await page.getByTestId("spread-step").fill("1000");
  await page.getByTestId("spread-apply").click();
  for (const t of ethan) await expect(cell(page, t.id)).toHaveAttribute("data-value", "40000");

  // The dry run: old → new for every change, against HubSpot's values now.
  const expected = new Map<string, string>([
    [ava[0].id, "50000"],
    [ava[1].id, "41000"],
    [ava[2].id, "42000"],
    [below[1].id, "39000"],
    [below[2].id, "38000"],
    ...ethan.map((t) => [t.id, "40000"] as [string, string]),
  ]);
  for (const [id, value] of [...expected]) if (cents(targets.find((t) => t.id === id)!.properties.hs_target_amount) === cents(value)) expected.delete(id);
  await expect(page.getByTestId("review")).toHaveText(`Review ${expected.size} changes`);
  await emulator.resetCalls();
  await page.getByTestId("review").click();
  const rows = page.getByTestId("dry-run-change");
  await expect(rows).toHaveCount(expected.size);
  for (const row of await rows.all()) {
    const id = (await row.getAttribute("data-target-id"))!;
    expect(await row.getAttribute("data-after")).toBe(expected.get(id));
    expect(cents(await row.getAttribute("data-before"))).toBe(cents(targets.find((t) => t.id === id)!.properties.hs_target_amount));
  }
  const afterCents = goalCents + [...expected].reduce((sum, [id, v]) => sum + cents(v) - cents(targets.find((t) => t.id === id)!.properties.hs_target_amount), 0);
  await expect(page.getByTestId("dry-run-totals")).toHaveText(`Goal total: ${grouped(goalCents)} → ${grouped(afterCents)}`);
  expect(await callsFor(DEMO_PORTAL, "goal_targets.batchUpdate")).toBe(0);

  // Apply, with HubSpot's notification flag chosen.
  await page.getByTestId("notify").check();
  await page.getByTestId("apply").click();
  await expect(page.getByTestId("apply-summary")).toHaveText(`${expected.size} applied. The grid shows HubSpot's values now.`);
  expect(await callsFor(DEMO_PORTAL, "goal_targets.batchUpdate")).toBe(1);
  const after = await records(targets.map((t) => t.id));
  for (const t of targets) {
    const now = after.get(t.id)!;
    if (expected.has(t.id)) {
      expect(cents(now.properties.hs_target_amount), t.id).toBe(cents(expected.get(t.id)!));
      expect(now.properties.hs_should_notify_on_edit_updates).toBe("true");
    } else {
      expect(now.properties.hs_target_amount).toBe(t.properties.hs_target_amount);
      expect(now.properties.hs_lastmodifieddate).toBe(t.properties.hs_lastmodifieddate);
    }
  }
  await page.getByRole("button", { name: "Close" }).click();
  await expect(page.getByTestId("review")).toHaveText("Review 0 changes");

  // A reload shows what HubSpot holds.
  await page.reload();
  const reloaded = await shownCells(page);
  for (const t of targets) expect(cents(reloaded.get(t.id)!)).toBe(cents(after.get(t.id)!.properties.hs_target_amount));

  // The official client reads back what Goalboard wrote, with Grace as the author in the history.
  const portal = (await emulator.portals()).find((p) => p.portalId === DEMO_PORTAL)!;
  const grace = portal.users.find((u) => u.email === GRACE)!;
  const client = new Client({ accessToken: DEMO_PRIVATE_APP_TOKEN, basePath: E2E.emulatorUrl, numberOfApiCallRetries: 1 });
  const read = await client.crm.objects.goals.batchApi.read({ inputs: [...expected.keys()].map((id) => ({ id })), properties: ["hs_target_amount"], propertiesWithHistory: ["hs_target_amount"] });
  expect(read.results).toHaveLength(expected.size);
  for (const record of read.results) {
    expect(cents(record.properties.hs_target_amount)).toBe(cents(expected.get(record.id)!));
    const [latest, previous] = record.propertiesWithHistory!.hs_target_amount;
    expect(latest).toMatchObject({ sourceType: "INTEGRATION", updatedByUserId: Number(grace.id) });
    expect(cents(previous.value)).toBe(cents(targets.find((t) => t.id === record.id)!.properties.hs_target_amount));
  }

  // The history of the active cell, and "undo the last apply" through the same review.
  await cell(page, ava[0].id).click();
  const history = page.getByTestId("history-entry");
  await expect(history).toHaveCount(2);
  await expect(history.first()).toContainText(`${grouped(cents(ava[0].properties.hs_target_amount))} → 50,000`);
  await expect(history.first()).toContainText("Grace Holloway");
  await page.screenshot({ path: "test-results/plan-applied.png", fullPage: true });

  await page.getByTestId("undo-last-apply").click();
  await expect(page.getByTestId("dry-run-change")).toHaveCount(expected.size);
  await page.getByTestId("apply").click();
  await expect(page.getByTestId("apply-summary")).toContainText(`${expected.size} applied`);
  const undone = await records(targets.map((t) => t.id));
  for (const t of targets) expect(cents(undone.get(t.id)!.properties.hs_target_amount)).toBe(cents(t.properties.hs_target_amount));
});

test("last year's targets +10% for one assignee, worked out from last year's goal in HubSpot", async ({ page }) => {
  await emulator.reset();
  const { uuid, targets } = await quotaFamily(YEAR);
  const { targets: lastYear } = await quotaFamily(YEAR - 1, `${YEAR - 1} Revenue Quota`);
  await signIn(page, GRACE, `/goals/${uuid}/plan`);
  const liam = scheduleOf(targets, await rowKey(page, "Liam Carter"));
  const owner = liam[0].properties.hubspot_owner_id;
  const before = new Map(lastYear.filter((t) => t.properties.hubspot_owner_id === owner).map((t) => [new Date(t.properties.hs_start_datetime!).getUTCMonth(), t]));
  expect(before.size).toBe(12);

  await page.getByLabel("Select every assignee for the bulk tools").uncheck();
  await page.getByLabel("Select Liam Carter for the bulk tools").check();
  await page.getByTestId("percent-value").fill("10");
  await page.getByTestId("percent-base").selectOption("lastYearTargets");
  await page.getByTestId("percent-apply").click();
  await expect(page.getByTestId("bulk-message")).toHaveText("Change by %: 12 cells set. Undo takes it back.");
  for (const t of liam) {
    const month = new Date(t.properties.hs_start_datetime!).getUTCMonth();
    // Last year's amounts are multiples of 500, so +10% is a whole number: nothing to round.
    await expect(cell(page, t.id)).toHaveAttribute("data-value", dollars((cents(before.get(month)!.properties.hs_target_amount) * 11) / 10));
  }
  await cell(page, liam[0].id).click();
  await expect(page.getByTestId("last-year")).toContainText(`target ${grouped(cents(before.get(0)!.properties.hs_target_amount))}`);

  // Spread by last year's targets as the seasonal profile: Noah's total of last year comes back
  // month by month exactly as last year had it.
  const noah = scheduleOf(targets, await rowKey(page, "Noah Patel"));
  const noahOwner = noah[0].properties.hubspot_owner_id;
  const noahLast = new Map(lastYear.filter((t) => t.properties.hubspot_owner_id === noahOwner).map((t) => [new Date(t.properties.hs_start_datetime!).getUTCMonth(), t]));
  const noahTotal = [...noahLast.values()].reduce((sum, t) => sum + cents(t.properties.hs_target_amount), 0);
  await page.getByLabel("Select Liam Carter for the bulk tools").uncheck();
  await page.getByLabel("Select Noah Patel for the bulk tools").check();
  await page.getByTestId("spread-profile").selectOption("lastYearTargets");
  await page.getByTestId("spread-total").fill(dollars(noahTotal));
  await page.getByTestId("spread-apply").click();
  await expect(page.getByTestId("bulk-message")).toHaveText("Spread a total: 12 cells set. Undo takes it back.");
  for (const t of noah) {
    await expect(cell(page, t.id)).toHaveAttribute("data-value", dollars(cents(noahLast.get(new Date(t.properties.hs_start_datetime!).getUTCMonth())!.properties.hs_target_amount)));
  }

  // The Q4 meetings goal of last year has no goal the year before: the tool says so.
  const meetings = (await emulator.targets(DEMO_PORTAL)).find((t) => /Meetings Booked/.test(t.properties.hs_goal_name ?? ""))!;
  await page.goto(`/goals/${meetings.properties.hs_group_correlation_uuid}/plan`);
  await page.getByTestId("percent-apply").click();
  await expect(page.getByTestId("bulk-message")).toContainText("has no last year's target for 3 of 3 periods.");
});

test("an average goal (ticket response time) shows averages per assignee, period and goal, and has no total to spread", async ({ page }) => {
  const records = (await emulator.targets(DEMO_PORTAL)).filter((t) => t.properties.hs_goal_name === "Ticket Response Time");
  await signIn(page, GRACE, `/goals/${records[0].properties.hs_group_correlation_uuid}/plan`);
  await expect(page.getByRole("columnheader", { name: "Average" })).toBeVisible();
  const meanCents = records.reduce((sum, t) => sum + cents(t.properties.hs_target_amount), 0) / records.length;
  expect(Math.abs(Number(await page.getByTestId("goal-total").getAttribute("data-value")) * 100 - meanCents)).toBeLessThan(1e-6);
  await expect(page.getByTestId("goal-total")).toHaveText(String(Number((meanCents / 100).toFixed(2))));
  await expect(page.getByTestId("spread-apply")).toHaveCount(0);
  await expect(page.getByTestId("round-apply")).toBeVisible();
});

test("a plan larger than one HubSpot batch is applied in parts of 100, with progress, and every target lands", async ({ page }) => {
  await emulator.reset();
  // A new 120-target goal, created the way another integration would: the official client's batch/create.
  const client = new Client({ accessToken: DEMO_PRIVATE_APP_TOKEN, basePath: E2E.emulatorUrl, numberOfApiCallRetries: 1 });
  const owners = ((await emulator.directory(DEMO_PORTAL)).owners as { id: string; archived: boolean }[]).filter((o) => !o.archived).slice(0, 10);
  const uuid = crypto.randomUUID();
  const inputs = owners.flatMap((owner, o) =>
    Array.from({ length: 12 }, (_, m) => ({
      properties: {
        hs_goal_name: "Big Team Plan",
        hs_goal_type: "sales_quota",
        hs_milestone: "monthly",
        hs_group_correlation_uuid: uuid,
        hs_goal_target_group_id: String(910_000_000 + o),
        hubspot_owner_id: owner.id,
        hs_target_amount: "1000",
        hs_start_datetime: new Date(Date.UTC(YEAR + 1, m, 1)).toISOString(),
        hs_end_datetime: new Date(Date.UTC(YEAR + 1, m + 1, 1) - 1).toISOString(),
      },
      associations: [],
    })),
  );
  for (let i = 0; i < inputs.length; i += 100) await client.crm.objects.goals.batchApi.create({ inputs: inputs.slice(i, i + 100) });

  await signIn(page, GRACE, `/goals/${uuid}/plan`);
  await expect(page.getByTestId("plan-cell")).toHaveCount(120);
  await page.getByTestId("spread-total").fill("24000");
  await page.getByTestId("spread-apply").click();
  await expect(page.getByTestId("review")).toHaveText("Review 120 changes");
  await emulator.resetCalls();
  await page.getByTestId("review").click();
  await expect(page.getByTestId("dry-run-change")).toHaveCount(120);
  // Slow HubSpot writes down enough to see the progress between the two parts.
  await emulator.fault({ route: "goal_targets.batchUpdate", latencyMs: 1500, times: 2 });
  await page.getByTestId("apply").click();
  await expect(page.getByTestId("apply-progress")).toHaveText("Applied 100 of 120");
  await expect(page.getByRole("progressbar", { name: "Changes applied" })).toHaveAttribute("aria-valuenow", "100");
  await expect(page.getByTestId("apply-summary")).toHaveText("120 applied. The grid shows HubSpot's values now.");
  expect(await callsFor(DEMO_PORTAL, "goal_targets.batchUpdate")).toBe(2);
  await emulator.clearFaults();
  const written = (await emulator.targets(DEMO_PORTAL)).filter((t) => t.properties.hs_group_correlation_uuid === uuid);
  expect(written).toHaveLength(120);
  expect(new Set(written.map((t) => t.properties.hs_target_amount))).toEqual(new Set(["2000"]));
});
