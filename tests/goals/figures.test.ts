import { describe, expect, it } from "vitest";
import { whyNoRatio } from "@/lib/goals/figures";

describe("whyNoRatio", () => {
  it("says an average has no progress toward a total, whatever its data", () => {
    expect(whyNoRatio("progressTowardTotal", { metricType: "AVG", status: "on_pace" })).toBe("average");
    expect(whyNoRatio("progressTowardTotal", { metricType: "AVG", status: "not_started" })).toBe("average");
  });

  it("says an average's missing attainment is missing data, not the average", () => {
    expect(whyNoRatio("attainmentToDate", { metricType: "AVG", status: "no_data" })).toBe("no_data");
  });

  it("tells a goal that has not started from one without progress data", () => {
    expect(whyNoRatio("attainmentToDate", { metricType: "SUM", status: "not_started" })).toBe("not_started");
    expect(whyNoRatio("progressTowardTotal", { metricType: "SUM", status: "no_data" })).toBe("no_data");
  });
});
