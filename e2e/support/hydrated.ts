import { expect, type Locator } from "@playwright/test";

/**
 * Resolves once React has hydrated the element (it carries React's props): a change made to a
 * server-rendered control before that, as a test on a loaded machine can make, is not seen by React.
 */
export async function whenHydrated(locator: Locator) {
  await expect
    .poll(() => locator.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactProps$"))), { timeout: 20_000, message: "the control is hydrated" })
    .toBe(true);
}
