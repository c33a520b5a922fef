import type { Page } from "@playwright/test";

/**
 * Holds every script of the page's next loads until the returned `release`, so a test can see and
 * use the server's HTML before it hydrates.
 */
export async function holdScripts(page: Page): Promise<() => Promise<void>> {
  let open!: () => void;
  const held = new Promise<void>((resolve) => (open = resolve));
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await held;
    await route.continue();
  });
  return async () => {
    open();
    // Lets the held requests through before the route goes.
    await page.unrouteAll({ behavior: "wait" });
  };
}
