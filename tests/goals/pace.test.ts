import { describe, expect, it } from "vitest";
import { judge, outcomeOf } from "@/lib/goals/pace";

describe("judge", () => {
  it("judges within an inclusive ±5% band", () => {
    expect(judge("262.5", "250", "HIGHER_IS_BETTER")).toBe("on_pace");
    expect(judge("262.51", "250", "HIGHER_IS_BETTER")).toBe("ahead");
    expect(judge("237.5", "250", "HIGHER_IS_BETTER")).toBe("on_pace");
    expect(judge("237.49", "250", "HIGHER_IS_BETTER")).toBe("behind");
  });

  it("turns the judgement round when lower is better", () => {
    expect(judge("200", "250", "LOWER_IS_BETTER")).toBe("ahead");
    expect(judge("300", "250", "LOWER_IS_BETTER")).toBe("behind");
    expect(judge("255", "250", "LOWER_IS_BETTER")).toBe("on_pace");
  });

  it("accepts a different tolerance", () => {
    expect(judge("270", "250", "HIGHER_IS_BETTER", 0.1)).toBe("on_pace");
    expect(judge("270", "250", "HIGHER_IS_BETTER", 0)).toBe("ahead");
  });
});

describe("outcomeOf", () => {
  it("has no tolerance band", () => {
    expect(outcomeOf("999.99", "1000", "HIGHER_IS_BETTER")).toBe("missed");
    expect(outcomeOf("1000", "1000", "HIGHER_IS_BETTER")).toBe("achieved");
    expect(outcomeOf("1000", "1000", "LOWER_IS_BETTER")).toBe("achieved");
    expect(outcomeOf("1000.01", "1000", "LOWER_IS_BETTER")).toBe("missed");
  });
});

describe("judge with a zero expectation", () => {
  it("is on pace at zero and otherwise follows the direction", () => {
    expect(judge("0", "0", "HIGHER_IS_BETTER")).toBe("on_pace");
    expect(judge("1", "0", "HIGHER_IS_BETTER")).toBe("ahead");
    expect(judge("1", "0", "LOWER_IS_BETTER")).toBe("behind");
  });
});

