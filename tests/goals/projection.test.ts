import { describe, expect, it } from "vitest";
import { atRiskRule, isAtRisk } from "@/lib/goals/at-risk";
import { standingOf } from "@/lib/goals/standing";
import { makeTarget, MONTH_STARTS_2026 } from "./fixtures";

const UTC = { timeZone: "UTC" };
const month = (i: number, amount: string, actual: string | null, extra: Parameters<typeof makeTarget>[0] = {}) =>
  makeTarget({ start: MONTH_STARTS_2026[i], end: MONTH_STARTS_2026[i + 1], amount, actual, ...extra });

describe("projection of a sum goal", () => {
  it("divides the actual by the elapsed share of a single period", () => {
    // April has 30 days; on April 11 at midnight ten have passed, a third.
    const s = standingOf([month(3, "12000", "4000")], { ...UTC, now: "2026-04-11T00:00:00.000Z" });
    expect(s.projection).toMatchObject({ value: "12000", attainment: 1, gap: "0", toGo: "8000", neededPerDay: "400", neededPerWeek: "2800" });
    expect(s.projection?.end).toBe(Date.parse(MONTH_STARTS_2026[4]));
    expect(s.projection?.remainingMs).toBe(20 * 86_400_000);
  });

  it("weighs several periods by their targets, and ranges to the rate of the previous period", () => {
    // January done at 120%; February (28 days) half over with 800 of 2,000; March not started.
    const targets = [month(0, "1000", "1200"), month(1, "2000", "800"), month(2, "3000", null)];
    const s = standingOf(targets, { ...UTC, now: "2026-02-15T00:00:00.000Z" });
    // Expected 1,000 + 1,000 = 2,000; actual 2,000; the plan is 6,000: projection 6,000.
    expect(s.expectedByToday).toBe("2000");
    expect(s.projection?.value).toBe("6000");
    expect(s.percentOfExpected).toBe(1);
    // At January's rate (1.2) the remaining 4,000 of the plan brings 4,800: 6,800.
    expect(s.projection?.range).toEqual({ low: "6000", high: "6800" });
  });

  it("falls below the target where the rate so far does, with the gap and what is still needed", () => {
    const s = standingOf([month(3, "12000", "2000")], { ...UTC, now: "2026-04-11T00:00:00.000Z" });
    expect(s.projection).toMatchObject({ value: "6000", attainment: 0.5, gap: "-6000", toGo: "10000", neededPerDay: "500" });
    expect(isAtRisk(s.projection, s.direction)).toBe(true);
    expect(s.projection?.range).toBeNull();
  });

  it("has nothing more to ask once the target is reached", () => {
    const s = standingOf([month(3, "12000", "13000")], { ...UTC, now: "2026-04-11T00:00:00.000Z" });
    expect(s.projection?.toGo).toBe("-1000");
    expect(s.projection?.neededPerDay).toBeNull();
    expect(isAtRisk(s.projection, s.direction)).toBe(false);
  });

  it("judges a lower-is-better sum the other way round", () => {
    const lower = { direction: "LOWER_IS_BETTER" as const };
    const over = standingOf([month(3, "300", "120", lower)], { ...UTC, now: "2026-04-11T00:00:00.000Z" });
    expect(over.projection?.value).toBe("360");
    expect(isAtRisk(over.projection, over.direction)).toBe(true);
    const under = standingOf([month(3, "300", "90", lower)], { ...UTC, now: "2026-04-11T00:00:00.000Z" });
    expect(under.projection?.value).toBe("270");
    expect(isAtRisk(under.projection, under.direction)).toBe(false);
  });

  it("words the rule it judges by, mirrored where lower is better", () => {
    expect(atRiskRule("HIGHER_IS_BETTER")).toBe("projected below 90% of the target");
    expect(atRiskRule("LOWER_IS_BETTER")).toBe("projected above 110% of the target");
    expect(atRiskRule("HIGHER_IS_BETTER", 0.8)).toBe("projected below 80% of the target");
    expect(atRiskRule("LOWER_IS_BETTER", 0.75)).toBe("projected above 125% of the target");
  });

  it("leaves out what the standing leaves out: an assignee without progress", () => {
    const quiet = { scheduleId: "s2", assignee: { kind: "owner" as const, id: "2" } };
    const s = standingOf([month(3, "12000", "4000"), month(3, "50000", null, quiet)], { ...UTC, now: "2026-04-11T00:00:00.000Z" });
    expect(s.projection?.value).toBe("12000");
  });
});

describe("projection of an average goal", () => {
  const avg = { metricType: "AVG" as const, direction: "LOWER_IS_BETTER" as const, unit: "duration" as const };

  it("keeps the average so far, judged against the average target", () => {
    const targets = [month(2, "6", "5", avg), month(3, "4", "3", avg)];
    // March over, April a third over: the average so far is 4 h against an average target of 5 h.
    const s = standingOf(targets, { ...UTC, now: "2026-04-11T00:00:00.000Z" });
    expect(s.projection?.value).toBe(s.actual);
    expect(s.projection?.attainment).toBeCloseTo(4 / 5, 12);
    expect(s.projection?.toGo).toBeNull();
    expect(s.projection?.neededPerDay).toBeNull();
    // Range: March's 5 h for the time left, weighed with the 4 h so far.
    const share = (31 + 10) / (31 + 30);
    expect(Number(s.projection?.range?.high)).toBeCloseTo(4 * share + 5 * (1 - share), 12);
    // The rest must average (5 − 4 × share) ÷ (1 − share) for the whole to land on 5.
    expect(Number(s.projection?.neededAverage)).toBeCloseTo((5 - 4 * share) / (1 - share), 12);
    expect(isAtRisk(s.projection, s.direction)).toBe(false);
  });
});

describe("when there is no projection", () => {
  const targets = () => [month(3, "12000", "4000")];

  it("has none before the period starts, at its first instant, or once it is over", () => {
    expect(standingOf([month(3, "12000", null)], { ...UTC, now: "2026-03-20T00:00:00.000Z" }).projection).toBeNull();
    const atStart = standingOf(targets(), { ...UTC, now: MONTH_STARTS_2026[3] });
    expect(atStart.status).not.toBe("no_data");
    expect(atStart.projection).toBeNull();
    expect(standingOf(targets(), { ...UTC, now: MONTH_STARTS_2026[4] }).projection).toBeNull();
  });

  it("has none without progress data, and flags nothing at risk", () => {
    const s = standingOf([month(3, "12000", null)], { ...UTC, now: "2026-04-11T00:00:00.000Z" });
    expect(s.projection).toBeNull();
    expect(isAtRisk(s.projection, s.direction)).toBe(false);
  });

  it("flags at risk only below the threshold it is given", () => {
    const s = standingOf([month(3, "12000", "3400")], { ...UTC, now: "2026-04-11T00:00:00.000Z" });
    expect(s.projection?.attainment).toBeCloseTo(0.85, 12);
    expect(isAtRisk(s.projection, s.direction)).toBe(true);
    expect(isAtRisk(s.projection, s.direction, 0.8)).toBe(false);
  });
});
