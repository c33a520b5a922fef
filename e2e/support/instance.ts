import { spawn, type ChildProcess } from "node:child_process";
import { expect, type Page } from "@playwright/test";
import { KEEP_ALIVE_ARGS, emulatorEnv, waitForApp } from "../../scripts/stack";
import { freePort } from "../ports";

export interface Instance {
  url: string;
  /** Everything the instance logged (pino JSON lines), to look for its warnings. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * One more `next start` of the build under test on a free loopback port, talking to `emulatorUrl`.
 * The main stack turns the answer cache off; specs that need another configuration (the demo's
 * cache, Redis) start one of these with it.
 */
export async function startInstance(emulatorUrl: string, env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logs: string[] = [];
  const child = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1", ...KEEP_ALIVE_ARGS], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...emulatorEnv(emulatorUrl, url), ...env },
  });
  child.stdout?.on("data", (d: Buffer) => logs.push(d.toString()));
  child.stderr?.on("data", (d: Buffer) => logs.push(d.toString()));
  const instance = { url, output: () => logs.join(""), stop: () => stopChild(child) };
  try {
    await waitForApp(url, 60_000);
  } catch (error) {
    await instance.stop();
    throw error;
  }
  return instance;
}

/** Stops one instance, forcibly if it does not stop within 5 s. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Signs in on one instance through the emulator's consent page, ending on its goal list. */
export async function signInAt(page: Page, instance: Pick<Instance, "url">, email: string): Promise<void> {
  await page.goto(`${instance.url}/goals`);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  await page.getByRole("button", { name: "Sign in with HubSpot" }).click();
  await page.getByLabel(new RegExp(`\\(${email.replace(/[.+]/g, "\\$&")}\\)`)).check();
  await page.getByRole("button", { name: "Grant access" }).click();
  await page.waitForURL((url) => url.origin === instance.url && url.pathname === "/goals");
  await expect(page.getByTestId("goal-table")).toBeVisible();
}
