import { execFileSync } from "node:child_process";
import { existsSync, openSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT, resultsFile } from "./paths";

const TSCONFIG = path.join(ROOT, "tsconfig.json");

/**
 * `next build` adds `<distDir>/types/**` to tsconfig.json for any build directory it is given.
 * Take out only the entries for the bench's own directory, so a bench run leaves the tree as it
 * found it without undoing anyone's edit made meanwhile.
 */
function dropDistDirFromTsconfig(distDir: string, before: string): void {
  const after = readFileSync(TSCONFIG, "utf8");
  if (after === before || distDir === ".next") return;
  const config = JSON.parse(after) as { include?: string[] };
  const prefix = `${distDir.replace(/^\.\//, "")}/`;
  config.include = config.include?.filter((entry) => !entry.startsWith(prefix));
  const restored = `${JSON.stringify(config, null, 2)}\n`;
  writeFileSync(TSCONFIG, restored === before.replace(/\r\n/g, "\n") ? before : restored);
}

/**
 * A production build of the working tree in its own directory, so the bench neither reuses a
 * stale `.next` nor disturbs a dev server or test run using that one.
 */
export function ensureBuild(distDir: string, reuse: boolean): { built: boolean; ms: number } {
  if (reuse && existsSync(path.join(ROOT, distDir, "BUILD_ID"))) return { built: false, ms: 0 };
  const started = Date.now();
  const log = openSync(resultsFile("build.log"), "w");
  const tsconfig = readFileSync(TSCONFIG, "utf8");
  try {
    execFileSync(process.execPath, [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "build"], {
      cwd: ROOT,
      // The bench measures the build, it does not judge its types: `npm test` and `tsc` do that.
      env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", NEXT_SKIP_TYPECHECK: "1" },
      stdio: ["ignore", log, log],
    });
  } catch {
    throw new Error(`next build failed; see bench/results/build.log`);
  } finally {
    dropDistDirFromTsconfig(distDir, tsconfig);
  }
  return { built: true, ms: Date.now() - started };
}
