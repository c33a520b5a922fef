import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { emulator, type Fault } from "./support/emulator";
import { GRACE } from "./support/session";
import { DEMO_PORTAL, signIn } from "./support/sign-in";
import { settle, visits } from "./support/visits";

/**
 * Every page in light and dark (the system's theme) on a desktop, and on a 390 px phone: a
 * full-page screenshot of each, kept under test-results/screens/<look>/ for people to look at, and
 * axe in both themes with no serious or critical violation (contrast included). Then the theme
 * toggle, by keyboard: a choice overrides the system, survives a reload in the server's own HTML
 * (so the first paint has it), and "System" follows the system again. And the alert boxes a fault
 * brings, in dark.
 */

interface Look {
  name: string;
  scheme: "light" | "dark";
  viewport: { width: number; height: number };
  axe: boolean;
}

const LOOKS: Look[] = [
  { name: "light", scheme: "light", viewport: { width: 1440, height: 900 }, axe: true },
  { name: "dark", scheme: "dark", viewport: { width: 1440, height: 900 }, axe: true },
  { name: "phone", scheme: "light", viewport: { width: 390, height: 844 }, axe: false },
];

async function look(page: Page, testInfo: TestInfo, theme: Look, name: string) {
  const path = join(testInfo.project.outputDir, "screens", theme.name, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  if (!theme.axe) return;
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`),
    `${name} in ${theme.name}`,
  ).toEqual([]);
}

test.describe("every page, light and dark, desktop and phone", () => {
  for (const theme of LOOKS) {
    test(`${theme.name}: screenshots${theme.axe ? " and axe" : ""}`, async ({ page }, testInfo) => {
      testInfo.setTimeout(180_000);
      await page.setViewportSize(theme.viewport);
      await page.emulateMedia({ colorScheme: theme.scheme });
      const pages = await visits(theme.scheme);

      // Signed out first: the sign-in page.
      await page.goto("/signin");
      await expect(page.getByRole("button", { name: "Sign in with HubSpot" })).toBeVisible();
      await look(page, testInfo, theme, "signin");

      await signIn(page, GRACE, pages[0].path);
      for (const visit of pages) {
        if (new URL(page.url()).pathname + new URL(page.url()).search !== visit.path) await page.goto(visit.path);
        await settle(page, visit);
        // Nothing is forced light: the page's own background is the theme's.
        expect(await pageIsDark(page, visit.surface), visit.name).toBe(theme.scheme === "dark");
        await look(page, testInfo, theme, visit.name);
      }
    });
  }
});

/** Whether the page's background (the body's, or `surface`'s) reads as dark, by its relative luminance. */
async function pageIsDark(page: Page, surface = "body"): Promise<boolean> {
  return page.evaluate((selector) => {
    const [r, g, b] = getComputedStyle(document.querySelector(selector)!)
      .backgroundColor.match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map((c) => Number(c) / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.2;
  }, surface);
}

async function htmlTagOf(page: Page, path: string): Promise<string> {
  const body = await (await page.request.get(path)).text();
  return /<html[^>]*>/.exec(body)![0];
}

test("the theme toggle overrides the system, is remembered from the first byte, and System follows the system again", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await signIn(page, GRACE, "/help");
  await expect(page.getByRole("heading", { level: 1, name: "How Goalboard works" })).toBeVisible();
  const toggle = page.getByRole("group", { name: "Theme" });
  await expect(toggle.getByRole("button", { name: "System theme" })).toHaveAttribute("aria-pressed", "true");
  expect(await pageIsDark(page)).toBe(false);

  // Reachable by keyboard from the top of the page.
  await page.locator("body").focus();
  const dark = toggle.getByRole("button", { name: "Dark theme" });
  for (let i = 0; i < 20 && !(await dark.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press("Tab");
  await expect(dark).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dark).toHaveAttribute("aria-pressed", "true");
  expect(await pageIsDark(page)).toBe(true);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe("dark");

  // Remembered: the server's HTML already carries it (no flash of light before scripts run), on
  // every page, the sign-in page and the not-found page included.
  for (const path of ["/goals", "/help", "/signin", "/no-such-page"]) expect(await htmlTagOf(page, path), path).toMatch(/class="dark"/);
  await page.reload();
  await expect(page.getByRole("group", { name: "Theme" }).getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "true");
  expect(await pageIsDark(page)).toBe(true);

  // A light choice holds under a dark system.
  await page.emulateMedia({ colorScheme: "dark" });
  await toggle.getByRole("button", { name: "Light theme" }).click();
  expect(await pageIsDark(page)).toBe(false);
  expect(await htmlTagOf(page, "/help")).toMatch(/class="light"/);

  // System: no class, no cookie, and the page follows the system as it changes.
  await toggle.getByRole("button", { name: "System theme" }).click();
  expect(await htmlTagOf(page, "/help")).not.toMatch(/class=/);
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain("goalboard-theme");
  expect(await pageIsDark(page)).toBe(true);
  await page.emulateMedia({ colorScheme: "light" });
  expect(await pageIsDark(page)).toBe(false);
});

test("alert boxes read in dark: HubSpot down, a missing scope, the daily limit", async ({ page }, testInfo) => {
  testInfo.setTimeout(90_000);
  await page.emulateMedia({ colorScheme: "dark" });
  await signIn(page, GRACE, "/goals");
  await expect(page.getByTestId("goal-table")).toBeVisible();
  // The whole list: a load still running would answer the reloads below without meeting the faults.
  await expect(page.getByTestId("loading-progress")).toHaveCount(0);
  const faults: [string, Omit<Fault, "portalId" | "route">][] = [
    ["state-upstream-down", { status: 500 }],
    ["state-missing-scope", { status: 403, scope: "crm.objects.goals.read" }],
    ["state-rate-limited", { status: 429, policyName: "DAILY" }],
  ];
  try {
    for (const [state, fault] of faults) {
      await emulator.clearFaults();
      await emulator.fault({ portalId: DEMO_PORTAL, route: "goal_targets.search", times: null, ...fault });
      await page.reload();
      const box = page.getByTestId(state);
      await expect(box).toBeVisible({ timeout: 20_000 });
      await box.screenshot({ path: join(testInfo.project.outputDir, "screens", "dark", `${state}.png`) });
      const { violations } = await new AxeBuilder({ page }).include(`[data-testid=${state}]`).analyze();
      expect(violations.map((v) => `${v.id}: ${v.help}`), state).toEqual([]);
    }
  } finally {
    await emulator.clearFaults();
  }
});
