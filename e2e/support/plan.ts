import { expect, type Page } from "@playwright/test";
import { emulator, type RawTarget } from "./emulator";
import { DEMO_PORTAL } from "./sign-in";

/** Quota planning helpers: the goal's records straight from the emulator, and the grid as shown. */

/** This year's revenue quota ("YYYY Annual Revenue Quota"), or by its full name (last year's is "YYYY Revenue Quota"). */
export async function quotaFamily(year: number, name = `${year} Annual Revenue Quota`): Promise<{ uuid: string; targets: RawTarget[] }> {
  const targets = (await emulator.targets(DEMO_PORTAL)).filter((t) => t.properties.hs_goal_name === name);
  return { uuid: targets[0].properties.hs_group_correlation_uuid!, targets };
}

/** Cents of a decimal string, exact for the amounts the demo holds. */
export const cents = (value: string | null) => Math.round(Number(value) * 100);

export async function shownCells(page: Page): Promise<Map<string, string>> {
  const pairs = await page.getByTestId("plan-cell").evaluateAll((cells) => cells.map((cell) => [cell.getAttribute("data-target-id") ?? "", cell.getAttribute("data-value") ?? ""]));
  return new Map(pairs as [string, string][]);
}

export const cell = (page: Page, targetId: string) => page.locator(`[data-testid=plan-cell][data-target-id="${targetId}"]`);

/** Pastes text onto the grid the way a browser delivers a clipboard paste. */
export async function pasteInto(page: Page, targetId: string, text: string) {
  await cell(page, targetId).click();
  await cell(page, targetId).evaluate((element, data) => {
    const transfer = new DataTransfer();
    transfer.setData("text/plain", data);
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

/** A target's schedule in period order. */
export function scheduleOf(targets: RawTarget[], groupId: string): RawTarget[] {
  return targets.filter((t) => t.properties.hs_goal_target_group_id === groupId).sort((a, b) => Date.parse(a.properties.hs_start_datetime!) - Date.parse(b.properties.hs_start_datetime!));
}

export async function openPlan(page: Page, uuid: string) {
  await page.goto(`/goals/${uuid}/plan`);
  await expect(page.getByTestId("plan-grid")).toBeVisible();
}
