import { defineConfig, devices } from "@playwright/test";
import { E2E } from "./e2e/ports";

// Pick the stack's ports once, in the runner: workers and the web server inherit them from the
// environment, and two runs on one machine (or a stray server) do not collide.
for (const [name, base] of [["E2E_APP_PORT", 20_000], ["E2E_EMULATOR_PORT", 40_000]] as const) {
  process.env[name] ??= String(base + Math.floor(Math.random() * 19_000));
}

export default defineConfig({
  testDir: "./e2e",
  workers: 1,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    ...devices["Desktop Chrome"],
    baseURL: E2E.appUrl,
    headless: true,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: {
    command: "npx tsx scripts/e2e-stack.ts",
    url: `${E2E.appUrl}/api/auth/providers`,
    reuseExistingServer: false,
    timeout: 90_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
