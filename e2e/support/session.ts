import { expect, type Page } from "@playwright/test";
import { emulator } from "./emulator";
import { signIn } from "./sign-in";

export const GRACE = "grace.holloway@northwind-traders.example";
export const KATRIN = "katrin.vogel@contoso-europe.example";

/**
 * Signs in, waits for the goal list and for its requests to end, then zeroes the emulator's
 * counters and faults: a read the list still had in flight would otherwise answer (or count in)
 * the test's own first request.
 */
export async function signedIn(page: Page, email = GRACE, options: { fresh?: boolean } = {}) {
  await signIn(page, email, "/goals", options);
  await expect(page.getByTestId("goal-table")).toBeVisible();
  await page.waitForLoadState("networkidle");
  await emulator.clearFaults();
  await emulator.resetCalls();
}

/** One goal target id of a portal, from the emulator's own records. */
export async function someTargetId(portalId: number): Promise<string> {
  const targets = await emulator.targets(portalId);
  return targets[0].id;
}
