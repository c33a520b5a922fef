import { describe, expect, it } from "vitest";
import { countOf, formatExpected } from "@/lib/goals/format";
import { axisDate } from "@/components/charts/axis-format";

describe("countOf", () => {
  it("says one goal, not one goals", () => {
    expect(countOf(1, "goal", undefined, "en-US")).toBe("1 goal");
    expect(countOf(0, "goal", undefined, "en-US")).toBe("0 goals");
    expect(countOf(1400, "target", undefined, "en-US")).toBe("1,400 targets");
    expect(countOf(2, "more goal", "more goals", "en-US")).toBe("2 more goals");
  });
});

describe("formatExpected", () => {
  it("rounds expected counts to whole calls or leads", () => {
    expect(formatExpected("1348.51", "count", null, { locale: "en-US" })).toBe("1,349");
    expect(formatExpected("95.49", "count", null, { locale: "en-US" })).toBe("95");
  });

  it("keeps money to the cent and leaves missing values as a dash", () => {
    expect(formatExpected("1348.51", "currency", "USD", { locale: "en-US" })).toBe("$1,348.51");
    expect(formatExpected(null, "count", null, { locale: "en-US" })).toBe("—");
  });
});

describe("axisDate", () => {
  it("writes the year in full, so a month does not read as a day", () => {
    expect(axisDate("monthly", "UTC")(Date.UTC(2026, 0, 1))).toBe("Jan 2026");
    expect(axisDate("weekly", "UTC")(Date.UTC(2026, 0, 5))).toBe("Jan 5");
  });
});
