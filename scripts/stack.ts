import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline";
import { startEmulator, type RunningEmulator } from "../emulator/server";
import type { EmulatorOptions } from "../emulator/options";
import { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET } from "../emulator/constants";

export interface StackOptions {
  appPort: number;
  host?: string;
  emulator: EmulatorOptions;
  /** `next dev` instead of the production build. */
  dev?: boolean;
  /** Extra environment for the app (cache settings, timeouts...). */
  env?: Record<string, string>;
  /** What to print of each line the app writes to standard output (null: nothing); default, all of it. */
  appStdout?: (line: string) => string | null;
}

export interface RunningStack {
  appUrl: string;
  emulator: RunningEmulator;
  app: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Goalboard wired to the HubSpot emulator exactly as it would be to HubSpot: OAuth app credentials,
 * API base and authorize URL are the only things that differ.
 */
export function emulatorEnv(emulatorUrl: string, appUrl: string): Record<string, string> {
  return {
    HUBSPOT_CLIENT_ID: DEMO_CLIENT_ID,
    HUBSPOT_CLIENT_SECRET: DEMO_CLIENT_SECRET,
    HUBSPOT_API_BASE: emulatorUrl,
    HUBSPOT_AUTHORIZE_URL: `${emulatorUrl}/oauth/authorize`,
    NEXTAUTH_URL: appUrl,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("base64url"),
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

/**
 * Keep idle keep-alive connections longer than a client or load balancer does (60 s is the common
 * idle timeout). With Node's default of 5 s, a client reusing a pooled connection just as the server
 * closes it gets ECONNRESET: e2e/flood.spec.ts met exactly that on its second burst.
 */
export const KEEP_ALIVE_ARGS = ["--keepAliveTimeout", "65000"];

export async function startStack(options: StackOptions): Promise<RunningStack> {
  const host = options.host ?? "127.0.0.1";
  const emulator = await startEmulator({ host, ...options.emulator });
  const appUrl = `http://${host}:${options.appPort}`;
  const nextBin = require.resolve("next/dist/bin/next");
  const app = spawn(process.execPath, [nextBin, options.dev ? "dev" : "start", "-p", String(options.appPort), "-H", host, ...(options.dev ? [] : KEEP_ALIVE_ARGS)], {
    stdio: ["inherit", options.appStdout ? "pipe" : "inherit", "inherit"],
    env: { ...process.env, ...emulatorEnv(emulator.url, appUrl), ...options.env },
  });
  const { appStdout } = options;
  if (appStdout && app.stdout) {
    createInterface({ input: app.stdout }).on("line", (line) => {
      const shown = appStdout(line);
      if (shown !== null) console.log(shown);
    });
  }
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    app.kill("SIGTERM");
    await emulator.close();
  };
  app.on("exit", (code) => {
    if (!stopping) {
      console.error(`Goalboard exited (${code}); stopping the emulator.`);
      void stop().then(() => process.exit(code ?? 1));
    }
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop().then(() => process.exit(0)));
  return { appUrl, emulator, app, stop };
}

/** Resolves once the app answers, so callers can print a URL that works. */
export async function waitForApp(appUrl: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${appUrl}/api/auth/providers`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Goalboard did not start on ${appUrl} within ${timeoutMs / 1000} s`);
}
