import { mkdirSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "..");
export const RESULTS = path.join(ROOT, "bench", "results");

export function resultsFile(name: string): string {
  mkdirSync(RESULTS, { recursive: true });
  return path.join(RESULTS, name);
}
