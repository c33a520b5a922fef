import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT } from "../paths";
import { BARE_PAGE } from "../pages";
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
const BARE_ROUTE = BARE_PAGE.path;

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

/** Section 4: first-load JS (gzip) of every page of the build against the bare page. */
export function bundle(distDir: string): { rows: Row[]; raw: RouteSize[] } {
  const sizes = routeSizes(distDir);
  const bare = sizes.find((s) => s.route === BARE_ROUTE);
  const rows = sizes
    .filter((size) => size.route !== BARE_ROUTE)
    .sort((a, b) => a.route.localeCompare(b.route))
    .map(
      (size): Row => ({
        section: 4,
        measure: `First-load JS (gzip) of ${size.route}`,
        value: size.gzipKiB,
        unit: "KiB",
        baseline: { label: `${BARE_ROUTE} (bare dashboard page)`, value: bare?.gzipKiB ?? null },
        target: targets.atMostTimesBaseline(1.15),
        note: `${size.rawKiB.toFixed(0)} KiB raw, ${size.chunks} chunks`,
      }),
    );
  return { rows, raw: sizes };
}
