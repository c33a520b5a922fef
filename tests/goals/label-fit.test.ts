import { describe, expect, it } from "vitest";
import { barLabelPlace, textWidth, tickStride } from "@/components/timeline/label-fit";

const months = Array.from({ length: 12 }, (_, i) => i / 12);
const names = ["Jan 2026", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const labelsFor = (stride: number) => names.filter((_, i) => i % stride === 0);

describe("tickStride", () => {
  it("labels every month when the track is wide", () => {
    expect(tickStride(months, labelsFor, 1000)).toBe(1);
  });

  it("skips months on a phone-wide track so labels never overlap", () => {
    const stride = tickStride(months, labelsFor, 230);
    expect(stride).toBeGreaterThan(1);
    const kept = months.filter((_, i) => i % stride === 0);
    const labels = labelsFor(stride);
    kept.slice(0, -1).forEach((at, i) => expect(at * 230 + textWidth(labels[i])).toBeLessThan(kept[i + 1] * 230));
  });

  it("keeps one label when nothing else fits", () => {
    expect(tickStride(months, labelsFor, 40)).toBe(12);
    expect(tickStride([0], () => ["Jan 2026"], 40)).toBe(1);
  });
});

describe("barLabelPlace", () => {
  it("puts the figure inside a bar with room for it", () => {
    expect(barLabelPlace(0, 1, "$152K", 900)).toBe("inside");
  });

  it("puts it beside a short bar, on the side with room", () => {
    expect(barLabelPlace(0.1, 0.02, "$152K", 900)).toBe("after");
    expect(barLabelPlace(0.95, 0.04, "$152K", 900)).toBe("before");
  });

  it("leaves it out when neither the bar nor its sides can hold it", () => {
    // A year-long bar on a 50 px phone track: the value stays in the bar's accessible name.
    expect(barLabelPlace(0, 1, "$152K", 40)).toBe("none");
    expect(barLabelPlace(0.4, 0.2, "$2.6M", 100)).toBe("none");
  });

  it("before the track is measured, keeps the width-only rule the server rendered", () => {
    expect(barLabelPlace(0, 0.5, "$152K", null)).toBe("inside");
    expect(barLabelPlace(0.85, 0.05, "$152K", null)).toBe("before");
  });
});
