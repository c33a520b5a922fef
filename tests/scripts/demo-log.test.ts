import { describe, expect, it } from "vitest";
import { demoLine } from "../../scripts/demo-log";

const at = new Date(2026, 2, 16, 9, 5, 7).getTime();

describe("the demo terminal", () => {
  it("prints a log entry as one readable line with its fields", () => {
    const line = JSON.stringify({ level: 40, time: at, app: "goalboard", requestId: "r1", code: "UPSTREAM_DOWN", msg: "page prefetch failed; the browser will retry" });
    expect(demoLine(line, false)).toBe("09:05:07 warn  page prefetch failed; the browser will retry (requestId=r1, code=UPSTREAM_DOWN)");
  });

  it("writes nested fields as JSON and leaves out the parentheses when there are none", () => {
    expect(demoLine(JSON.stringify({ level: 50, time: at, msg: "unhandled error", err: { message: "boom" } }), false)).toBe('09:05:07 error unhandled error (err={"message":"boom"})');
    expect(demoLine(JSON.stringify({ level: 30, time: at, app: "goalboard", msg: "HubSpot access token refreshed" }), false)).toBe("09:05:07 info  HubSpot access token refreshed");
  });

  it("hides Next's banner and other plain output unless debugging", () => {
    for (const line of ["▲ Next.js 16.4.6", "- Local:         http://127.0.0.1:3000", "✓ Ready in 267ms", "[1, 2]"]) {
      expect(demoLine(line, false)).toBeNull();
      expect(demoLine(line, true)).toBe(line);
    }
  });
});
