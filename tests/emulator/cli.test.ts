import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { DEMO_PRIVATE_APP_TOKEN } from "@/emulator/constants";
import { LATENCY_PRESETS } from "@/emulator/latency";

describe("npm run emulator (emulator/cli.ts)", () => {
  it("prints its URL and the demo token, serves, and exits cleanly on SIGTERM", async () => {
    // The --latency flag wins over EMULATOR_LATENCY.
    const child = spawn(process.execPath, ["--import", "tsx", "emulator/cli.ts", "--latency", "hubspot,search=300+0"], {
      env: { ...process.env, EMULATOR_PORT: "0", EMULATOR_TARGETS: "500", EMULATOR_TEN_SECONDLY_LIMIT: "42", EMULATOR_QUIET: "1", EMULATOR_LATENCY: "read=5" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start-up line in: ${output}`)), 15_000);
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        const match = /HubSpot emulator listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(output);
        if (match && output.includes(DEMO_PRIVATE_APP_TOKEN)) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once("exit", (code) => reject(new Error(`exited early with ${code}: ${output}`)));
    });
    const res = await fetch(`${url}/crm/v3/objects/goal_targets?limit=1`, { headers: { authorization: `Bearer ${DEMO_PRIVATE_APP_TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-hubspot-ratelimit-max")).toBe("42");
    const [demo] = (await (await fetch(`${url}/__emulator/portals`)).json()) as Array<{ targets: number }>;
    expect(demo.targets).toBeGreaterThanOrEqual(500);
    expect(output).toContain("Added round trip (fixed+jitter): read 80+70 ms, search 300+0 ms, oauth 100+80 ms, write 200+150 ms");
    const latency = (await (await fetch(`${url}/__emulator/latency`)).json()) as Record<string, unknown>;
    expect(latency).toEqual({ ...LATENCY_PRESETS.hubspot, search: { fixedMs: 300, jitterMs: 0 } });
    const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exit).toBe(0);
  });
});
