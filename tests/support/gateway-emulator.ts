import { afterAll, beforeAll, beforeEach } from "vitest";
import { DEMO_PORTAL_ID } from "@/emulator/constants";
import { startEmulator, type RunningEmulator } from "@/emulator/server";
import { resetServerEnvForTests } from "@/lib/env";
import { resetProcessSingletonsForTests } from "@/lib/process-singleton";
import { emulatorAdmin, operationCalls, useEmulatorEnv } from "../gateway/gateway-env";

export interface GatewayEmulator {
  /** The running emulator's base URL (once the file's tests have started). */
  readonly url: string;
  admin<T>(path: string, body?: unknown, method?: string): Promise<T>;
  /** Upstream calls the demo portal made to one operation since the last reset. */
  calls(operation: string): Promise<number>;
}

/** The cache as the demo and deployments run it. */
const DEPLOYED_CACHE = { CACHE_TTL_SECONDS: "30", CACHE_STALE_SECONDS: "300" };

/**
 * One emulator per test file for code that drives the gateway in-process, without Redis; before
 * each test the gateway's settings and singletons are fresh and the emulator is reseeded with no
 * faults and zeroed call counters, so every test starts from the same upstream.
 */
export function gatewayAgainstEmulator(settings: Record<string, string> = DEPLOYED_CACHE): GatewayEmulator {
  let emulator: RunningEmulator | undefined;
  const url = () => {
    if (!emulator) throw new Error("the test emulator is not running yet");
    return emulator.url;
  };
  beforeAll(async () => {
    emulator = await startEmulator({ quiet: true });
    useEmulatorEnv(emulator.url, settings);
    delete process.env.REDIS_URL;
  });
  afterAll(() => emulator?.close());
  beforeEach(async () => {
    resetServerEnvForTests();
    resetProcessSingletonsForTests();
    await emulatorAdmin(url(), "/reset", {});
  });
  return {
    get url() {
      return url();
    },
    admin: (path, body, method) => emulatorAdmin(url(), path, body, method),
    calls: (operation) => operationCalls(url(), DEMO_PORTAL_ID, operation),
  };
}
