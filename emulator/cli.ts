import { DEMO_PRIVATE_APP_TOKEN } from "./constants";
import { describeLatency, parseLatencySpec, resolveLatency, type LatencyInput } from "./latency";
import { startEmulator } from "./server";

function numberFromEnv(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} must be a non-negative integer, got "${raw}"`);
    process.exit(2);
  }
  return value;
}

/** `--latency SPEC` (or `--latency=SPEC`) wins over EMULATOR_LATENCY; see latency.ts for SPEC. */
function latencyFromArgs(): LatencyInput | undefined {
  const args = process.argv.slice(2);
  const at = args.findIndex((arg) => arg === "--latency" || arg.startsWith("--latency="));
  const spec = at < 0 ? process.env.EMULATOR_LATENCY : args[at].includes("=") ? args[at].slice("--latency=".length) : args[at + 1];
  if (spec === undefined || spec === "") return undefined;
  try {
    return parseLatencySpec(spec);
  } catch (error) {
    console.error(`--latency / EMULATOR_LATENCY: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  const latency = latencyFromArgs();
  const emulator = await startEmulator({
    port: numberFromEnv("EMULATOR_PORT") ?? 4010,
    host: process.env.EMULATOR_HOST || "127.0.0.1",
    targets: numberFromEnv("EMULATOR_TARGETS"),
    tokenTtlSeconds: numberFromEnv("EMULATOR_TOKEN_TTL"),
    tenSecondlyLimit: numberFromEnv("EMULATOR_TEN_SECONDLY_LIMIT"),
    searchPerSecondLimit: numberFromEnv("EMULATOR_SEARCH_LIMIT"),
    quiet: process.env.EMULATOR_QUIET === "1",
    latency,
  });
  console.log(`HubSpot emulator listening on ${emulator.url}`);
  if (latency) console.log(`Added round trip (fixed+jitter): ${describeLatency(resolveLatency(latency))}`);
  console.log(`Demo private-app token (portal 4000001): ${DEMO_PRIVATE_APP_TOKEN}`);

  const stop = (signal: string) => {
    console.log(`Received ${signal}, shutting down`);
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
