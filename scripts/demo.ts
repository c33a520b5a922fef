/**
 * `npm run demo`: the HubSpot emulator with its demo portal, and Goalboard signed in against it
 * through the same OAuth code path real HubSpot uses.
 */
import { parseLatencySpec } from "../emulator/latency";
import { demoLine } from "./demo-log";
import { startStack, waitForApp } from "./stack";

const dev = process.argv.includes("--dev");
const appPort = Number(process.env.PORT ?? 3000);
const emulatorPort = Number(process.env.EMULATOR_PORT ?? 4010);
const targets = process.env.EMULATOR_TARGETS ? Number(process.env.EMULATOR_TARGETS) : undefined;
// EMULATOR_LATENCY=hubspot: the emulator answers as slowly as HubSpot would (emulator/README.md).
const latency = process.env.EMULATOR_LATENCY ? parseLatencySpec(process.env.EMULATOR_LATENCY) : undefined;
// The terminal shows the URLs and warnings; LOG_LEVEL=debug adds every request (Goalboard's and the emulator's).
const logLevel = process.env.LOG_LEVEL ?? "warn";
const debug = logLevel === "debug" || logLevel === "trace";

async function main() {
  if (process.env.HUBSPOT_CLIENT_ID) {
    console.log("Note: HUBSPOT_CLIENT_ID is set, but the demo always uses the embedded HubSpot emulator.");
    console.log("      To use real HubSpot, run `npm run build && npm start` (see README, Configuration).");
  }
  const stack = await startStack({
    appPort,
    dev,
    emulator: { port: emulatorPort, targets, latency, quiet: !debug },
    env: { LOG_LEVEL: logLevel },
    appStdout: (line) => demoLine(line, debug),
  });
  await waitForApp(stack.appUrl, dev ? 180_000 : 60_000);
  console.log("");
  console.log(`  Goalboard demo is running: open ${stack.appUrl}`);
  console.log(`  HubSpot emulator:          ${stack.emulator.url}`);
  console.log("  Sign in with HubSpot, pick any user of “Northwind Traders (demo)” and grant access.");
  console.log("  Stop with Ctrl+C.");
  console.log("");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
