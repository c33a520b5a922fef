import { afterAll, beforeAll, beforeEach } from "vitest";
import { startEmulator, type RunningEmulator } from "@/emulator/server";
import { resetServerEnvForTests } from "@/lib/env";
import { resetProcessSingletonsForTests } from "@/lib/process-singleton";
import { useEmulatorEnv } from "../gateway/gateway-env";

/**
 * One emulator per test file for code that drives the gateway in-process, with the cache on as
 * deployments run it; before each test the gateway's state is fresh and the emulator reseeded.
 */
export function gatewayAgainstEmulator() {
  const holder = { current: undefined as unknown as RunningEmulator };
  const admin = async <T>(path: string, body?: unknown, method?: string): Promise<T> => {
    const res = await fetch(`${holder.current.url}/__emulator${path}`, {
      method: method ?? (body === undefined ? "GET" : "POST"),
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  };
  beforeAll(async () => {
    holder.current = await startEmulator({ quiet: true });
    useEmulatorEnv(holder.current.url, { CACHE_TTL_SECONDS: "30", CACHE_STALE_SECONDS: "300" });
    delete process.env.REDIS_URL;
  });
  afterAll(() => holder.current?.close());
  beforeEach(async () => {
    resetServerEnvForTests();
    resetProcessSingletonsForTests();
    await admin("/reset", {});
  });
  return { admin };
}
