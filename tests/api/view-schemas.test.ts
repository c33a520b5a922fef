import { describe, expect, it } from "vitest";
import { goalListQuery, leaderboardQuery, timelineQuery } from "@/lib/api/view-schemas";
import { GOAL_PAGE } from "@/lib/goals/timeline-bars";
import { MAX_LIST } from "@/lib/goals/views/state";

describe("the view API's query", () => {
  it("reads the view state as the page does: defaults for what is missing, fallbacks for what cannot be read", () => {
    const { state, window } = goalListQuery.parse({ sort: "nonsense", status: "active,bogus", risk: "85", offset: "50" });
    expect(state).toMatchObject({ q: "", sort: "name", status: ["active"], risk: 85, archived: false, open: [] });
    expect(window).toEqual({ offset: 50, limit: 50 });
    expect(timelineQuery.parse({}).state).toMatchObject({ range: "this-year", goals: GOAL_PAGE });
  });

  it("refuses sizes with a message, and unknown parameters", () => {
    const long = goalListQuery.safeParse({ q: "x".repeat(201) });
    expect(long.success).toBe(false);
    expect(long.error?.issues[0].message).toBe("q is at most 200 characters.");
    const many = goalListQuery.safeParse({ assignee: Array.from({ length: MAX_LIST + 1 }, (_, i) => `owner:${i}`).join(",") });
    expect(many.error?.issues[0].message).toBe(`assignee holds at most ${MAX_LIST} values.`);
    expect(goalListQuery.safeParse({ bogus: "1" }).error?.issues[0].message).toBe('Unknown parameter "bogus".');
  });

  it("reads /leaderboard's state, and refuses its oversized or unknown parameters", () => {
    expect(leaderboardQuery.parse({ type: "sales_quota", rank: "pace", span: "bogus", risk: "80" })).toEqual({
      type: "sales_quota",
      span: "period",
      rank: "pace",
      team: "",
      risk: 80,
      every: "month",
      last: 6,
    });
    expect(leaderboardQuery.safeParse({ team: "t".repeat(201) }).error?.issues[0].message).toBe("team is at most 200 characters.");
    expect(leaderboardQuery.safeParse({ limit: "50" }).error?.issues[0].message).toBe('Unknown parameter "limit".');
  });
});
