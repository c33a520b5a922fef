/**
 * What the demo terminal shows of Goalboard's standard output. The server logs pino JSON lines at
 * LOG_LEVEL and above (the demo's default is warn); they are printed one readable line each. Anything
 * else on standard output (Next's start-up banner, `next dev`'s request lines) is shown only with
 * LOG_LEVEL=debug. Standard error is never filtered.
 */
const LEVELS: Record<number, string> = { 10: "trace", 20: "debug", 30: "info", 40: "warn", 50: "error", 60: "fatal" };
const PLUMBING = new Set(["level", "time", "msg", "app", "pid", "hostname"]);

export function demoLine(line: string, debug: boolean): string | null {
  let entry: unknown;
  try {
    entry = JSON.parse(line);
  } catch {
    return debug ? line : null;
  }
  if (typeof entry !== "object" || entry === null || typeof (entry as { level?: unknown }).level !== "number") return debug ? line : null;
  const { level, time, msg } = entry as { level: number; time?: number; msg?: string };
  const fields = Object.entries(entry)
    .filter(([key]) => !PLUMBING.has(key))
    .map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`);
  const clock = typeof time === "number" ? new Date(time).toTimeString().slice(0, 8) : "";
  return [clock, (LEVELS[level] ?? String(level)).padEnd(5), msg ?? "", fields.length ? `(${fields.join(", ")})` : ""].filter(Boolean).join(" ");
}
