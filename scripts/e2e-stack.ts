/**
 * The stack Playwright tests run against: the emulator on a fixed port (tests drive its admin API)
 * and the production build of Goalboard. Short timeouts and no response cache keep fault tests
 * quick and deterministic; coalescing of concurrent calls stays on.
 */
import { E2E } from "../e2e/ports";
import { startStack } from "./stack";

startStack({
  appPort: E2E.appPort,
  emulator: { port: E2E.emulatorPort, quiet: true },
  env: {
    NEXTAUTH_SECRET: "e2e-secret-not-for-production-0123456789",
    CACHE_TTL_SECONDS: "0",
    CACHE_STALE_SECONDS: "0",
    HUBSPOT_TIMEOUT_MS: "2500",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  },
}).catch((error) => {
  console.error(error);
  process.exit(1);
});
