import { chromium } from "@playwright/test";
import { BenchStack } from "./stack";
import { signIn } from "./sign-in";
import { freePort } from "../e2e/ports";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";
import { ROOT } from "./paths";
const run = promisify(execFile);
async function main() {
  const stack = await BenchStack.start({ name: "lhexp", distDir: ".next-bench", targets: undefined });
  try {
    const session = await signIn(stack.appUrl, stack.emulatorUrl, "grace.holloway@northwind-traders.example");
    const port = await freePort();
    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: [`--remote-debugging-port=${port}`, "--headless=new", "--no-sandbox", "--disable-gpu"] });
    const { default: lighthouse } = await import("lighthouse");
    const desktop = (await import("lighthouse/core/config/desktop-config.js")).default;
    for (const preset of ["mobile", "desktop"]) {
      for (let i = 0; i < 2; i++) {
        const t = Date.now();
        const result = await lighthouse(`${stack.appUrl}/goals`, { port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"], extraHeaders: { Cookie: session.header }, disableFullPageScreenshot: true }, preset === "desktop" ? desktop : undefined);
        const lhr = result!.lhr;
        console.log("api", preset, Date.now() - t, "ms", lhr.categories.performance.score, lhr.categories.accessibility.score, lhr.runtimeError?.message ?? "");
      }
    }
    await browser.close();
    for (let i = 0; i < 2; i++) {
      const t = Date.now();
      await run(process.execPath, [path.join(ROOT, "node_modules", "lighthouse", "cli", "index.js"), `${stack.appUrl}/goals`, "--output=json", "--output-path=/tmp/lh.json", "--quiet", "--only-categories=performance,accessibility", "--disable-full-page-screenshot", "--chrome-flags=--headless=new --no-sandbox --disable-gpu", `--extra-headers=${JSON.stringify({ Cookie: session.header })}`], { env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" } });
      console.log("cli mobile", Date.now() - t, "ms");
    }
  } finally { await stack.stop(); }
}
main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
