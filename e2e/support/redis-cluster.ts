import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { startEmulator, type RunningEmulator } from "../../emulator/server";
import { startRedisServer, type RedisServer } from "../../scripts/redis-server";
import { emulatorEnv, waitForApp } from "../../scripts/stack";
import { freePort } from "../ports";

export interface Instance {
  url: string;
  /** Everything the instance logged (pino JSON lines), to look for its warnings. */
  output(): string;
}

export interface Cluster {
  redis: RedisServer;
  emulator: RunningEmulator;
  instances: [Instance, Instance];
  stop(): Promise<void>;
}

/**
 * What a load-balanced deployment looks like, on loopback: two `next start` processes of the same
 * build with the same NEXTAUTH_SECRET and REDIS_URL, one redis-server, and the emulator standing in
 * for HubSpot with the rate limit the instances are configured for.
 */
export async function startCluster(options: { tenSecondlyLimit: number }): Promise<Cluster> {
  const redis = await startRedisServer();
  const emulator = await startEmulator({ quiet: true, tenSecondlyLimit: options.tenSecondlyLimit });
  const secret = randomBytes(32).toString("base64url");
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(children.map((child) => stopChild(child)));
    await emulator.close();
    await redis.stop();
  };
  try {
    const instances = (await Promise.all(
      [0, 1].map(async () => {
        const port = await freePort();
        const url = `http://127.0.0.1:${port}`;
        const logs: string[] = [];
        const child = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
          stdio: ["ignore", "pipe", "pipe"],
          env: {
            ...process.env,
            ...emulatorEnv(emulator.url, url),
            NEXTAUTH_SECRET: secret,
            REDIS_URL: redis.url,
            HUBSPOT_TEN_SECONDLY_LIMIT: String(options.tenSecondlyLimit),
            CACHE_TTL_SECONDS: "300",
            CACHE_STALE_SECONDS: "300",
            LOG_LEVEL: "info",
          },
        });
        children.push(child);
        child.stdout?.on("data", (d: Buffer) => logs.push(d.toString()));
        child.stderr?.on("data", (d: Buffer) => logs.push(d.toString()));
        await waitForApp(url, 60_000);
        return { url, output: () => logs.join("") };
      }),
    )) as [Instance, Instance];
    return { redis, emulator, instances, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Stops one instance, forcibly if it does not stop within 5 s. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Signs in on one instance through the emulator's consent page, ending on its goal list. */
export async function signInAt(page: Page, instance: Instance, email: string): Promise<void> {
  await page.goto(`${instance.url}/goals`);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  await page.getByRole("button", { name: "Sign in with HubSpot" }).click();
  await page.getByLabel(new RegExp(`\\(${email.replace(/[.+]/g, "\\$&")}\\)`)).check();
  await page.getByRole("button", { name: "Grant access" }).click();
  await page.waitForURL((url) => url.origin === instance.url && url.pathname === "/goals");
  await expect(page.getByTestId("goal-table")).toBeVisible();
}

/** The emulator's admin API (never counted, never rate-limited). */
export function emulatorAdmin(emulator: RunningEmulator) {
  const admin = async <T>(path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${emulator.url}/__emulator${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`emulator admin ${path}: ${res.status}`);
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  };
  type Counts = { total: number; byPortal: Record<string, { total: number; byRoute: Record<string, number>; byStatus: Record<string, number> }> };
  return {
    calls: () => admin<Counts>("/calls"),
    resetCalls: () => admin<void>("/calls/reset", {}),
    expireTokens: (portalId: number) => admin<{ expired: number }>("/tokens/expire", { portalId }),
    tokens: () => admin<{ accessTokens: string[]; refreshTokens: string[] }>("/tokens"),
    targetNames: async (portalId: number) =>
      (await admin<{ properties: Record<string, string | null> }[]>(`/portals/${portalId}/targets`)).map((t) => t.properties.hs_goal_name ?? ""),
  };
}
