import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT } from "../paths";
import { targets, type Row } from "../rows";

interface RouteStats {
  route: string;
  firstLoadUncompressedJsBytes: number;
  firstLoadChunkPaths: string[];
}

export interface RouteSize {
  route: string;
  chunks: number;
  rawKiB: number;
  gzipKiB: number;
}

/** The dashboard page with no client code of its own: what any dashboard page costs anyway. */
export const BARE_ROUTE = "/help";
const PAGES = [
  { route: "/goals", target: targets.atMostTimesBaseline(1.15) },
  { route: "/goals/[goalId]" },
  { route: "/timeline" },
  { route: "/_not-found" },
];

/** First-load JS of every route, gzipped here at level 9 (Next 16 reports only raw bytes). */
export function routeSizes(distDir: string): RouteSize[] {
  const file = path.join(ROOT, distDir, "diagnostics", "route-bundle-stats.json");
  if (!existsSync(file)) throw new Error(`${file} is missing: a Turbopack \`next build\` writes it`);
  const stats = JSON.parse(readFileSync(file, "utf8")) as RouteStats[];
  const gz = new Map<string, number>();
  const gzipped = (chunk: string) => {
    if (!gz.has(chunk)) gz.set(chunk, gzipSync(readFileSync(path.join(ROOT, chunk)), { level: 9 }).length);
    return gz.get(chunk) ?? 0;
  };
  return stats.map((s) => ({
    route: s.route,
    chunks: s.firstLoadChunkPaths.length,
    rawKiB: s.firstLoadUncompressedJsBytes / 1024,
    gzipKiB: s.firstLoadChunkPaths.reduce((sum, c) => sum + gzipped(c), 0) / 1024,
  }));
}

/** Section 4: first-load JS (gzip) of the pages against the bare page of the same build. */
export function bundle(distDir: string): { rows: Row[]; raw: RouteSize[] } {
  const sizes = routeSizes(distDir);
  const bare = sizes.find((s) => s.route === BARE_ROUTE);
  const rows = PAGES.map(({ route, target }): Row => {
    const size = sizes.find((s) => s.route === route);
    return {
      section: 4,
      measure: `First-load JS (gzip) of ${route}`,
      value: size?.gzipKiB ?? null,
      unit: "KiB",
      baseline: { label: `${BARE_ROUTE} (bare dashboard page)`, value: bare?.gzipKiB ?? null },
      target,
      note: size ? `${size.rawKiB.toFixed(0)} KiB raw, ${size.chunks} chunks` : "route not in this build",
    };
  });
  return { rows, raw: sizes };
}
