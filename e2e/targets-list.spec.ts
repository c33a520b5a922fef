import { expect, test } from "@playwright/test";
import { emulator } from "./support/emulator";
import { GRACE } from "./support/session";
import { DEMO_PORTAL, signIn } from "./support/sign-in";

/**
 * /targets as a manager reads it: each fact in one column under a human header, record times in the
 * portal's time zone (checked against the emulator's raw record), and the goal column in view while
 * the table scrolls sideways.
 */

test("/targets shows each fact once, days in the portal's zone, fits 1440 px, and keeps the goal in view when scrolled sideways", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, GRACE, "/targets");
  const table = page.getByTestId("target-table");
  const row = table.getByTestId("target-row").first();
  await expect(row).toBeVisible();

  const headers = (await table.locator("thead th").allInnerTexts()).map((h) => h.replace(/[↕▲▼]/g, "").trim().toLowerCase());
  expect(new Set(headers).size).toBe(headers.length);
  // Human words, not property or field names (hs_createdate, createdAt).
  for (const header of headers) expect(header).toMatch(/^[a-z /]+$/);
  expect(headers).toEqual(expect.arrayContaining(["goal", "created", "last modified", "record id"]));

  const id = (await row.getAttribute("data-target-id"))!;
  const record = (await emulator.targets(DEMO_PORTAL)).find((t) => t.id === id)!;
  const portal = (await emulator.portals()).find((p) => p.portalId === DEMO_PORTAL)!;
  const inPortalZone = (iso: string, time: boolean) =>
    new Intl.DateTimeFormat("en-US", {
      year: "numeric",
      month: "short",
      day: "numeric",
      ...(time ? { hour: "numeric", minute: "2-digit", timeZoneName: "short" } : {}),
      timeZone: portal.timeZone,
    } as Intl.DateTimeFormatOptions)
      .format(new Date(iso))
      .replace(/[\u2009\u202f]/g, " ");
  const cell = (name: string) => row.locator("td").nth(headers.indexOf(name));
  // The day in the portal's zone; the time there and HubSpot's raw UTC value in the tooltip.
  for (const [name, iso] of [["created", record.createdAt], ["last modified", record.updatedAt]] as const) {
    await expect(cell(name)).toHaveText(inPortalZone(iso, false));
    const title = (await cell(name).locator("time").getAttribute("title"))!.replace(/[\u2009\u202f]/g, " ");
    expect(title).toContain(inPortalZone(iso, true));
    expect(title).toContain(iso);
  }
  await expect(cell("record id")).toHaveText(record.id);
  await expect(cell("goal")).toHaveText(record.properties.hs_goal_name!);
  // At 1440 px every column fits: nothing to scroll sideways for, and the page is the one scrollbar.
  expect(await table.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  expect(await table.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  // Scrolled down the page, rows further down are drawn (the window follows the page).
  const deepest = () => table.getByTestId("target-row").evaluateAll((rows) => Math.max(...rows.map((r) => Number(r.getAttribute("aria-rowindex")))));
  const first = await deepest();
  await page.mouse.wheel(0, 4000);
  await expect.poll(deepest).toBeGreaterThan(first + 40);

  // On a narrower screen the table scrolls sideways; scrolled to its far right, the goal names stay put.
  await page.setViewportSize({ width: 1024, height: 800 });
  const goal = row.locator("td").first();
  const before = (await goal.boundingBox())!.x;
  const scrolled = await table.evaluate((el) => {
    el.scrollLeft = el.scrollWidth;
    return el.scrollLeft > 0;
  });
  expect(scrolled).toBe(true);
  await expect.poll(async () => (await goal.boundingBox())!.x).toBe(before);
  await expect(goal).toBeVisible();
});
