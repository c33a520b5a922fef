import { describe, expect, it } from "vitest";
import { formatCompact } from "@/lib/goals/format";
import { compactAmount } from "@/lib/goals/formatters";
import { axisAmount } from "@/components/charts/axis-format";

// The browser prints "$152K"; the server must print the same or the timeline fails hydration.
describe("compact figures match the browser's", () => {
  it("drops the currency's decimals that compact notation has no room for", () => {
    expect(formatCompact("152000", "USD", "en-US")).toBe("$152K");
    expect(formatCompact(152000, "USD", "en-US")).toBe("$152K");
    expect(formatCompact("1250000.00", "USD", "en-US")).toBe("$1.3M");
    expect(formatCompact("0", "USD", "en-US")).toBe("$0");
  });

  it("keeps one decimal where it says something, and plain numbers stay plain", () => {
    expect(formatCompact("1348.51", null, "en-US")).toBe("1.3K");
    expect(formatCompact("480", null, "en-US")).toBe("480");
  });

  it("falls back to the number and the code for a currency Intl does not know", () => {
    expect(formatCompact("152000", "NOT-A-CODE", "en-US")).toBe("152K NOT-A-CODE");
  });

  it("is what the timeline's cells and the chart axes print", () => {
    expect(compactAmount("152000", "currency", "USD")).toBe("$152K");
    expect(compactAmount("152000.00", "count", "USD")).toBe("152K");
    expect(compactAmount(null, "currency", "USD")).toBe("—");
    expect(axisAmount("currency", "USD")(152000)).toBe("$152K");
  });
});
