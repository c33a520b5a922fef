import { describe, expect, it } from "vitest";
import { filtersBesideSearch, goalListState, readState } from "@/lib/goals/views/state";

const count = (query: string) => filtersBesideSearch(readState(goalListState, new URLSearchParams(query)));

describe("filters beside the search (a phone's folded Filters button)", () => {
  it("counts each filter in use once, whatever number of values it holds", () => {
    expect(count("")).toBe(0);
    expect(count("status=active,upcoming")).toBe(1);
    expect(count("status=active&type=sales_quota&assignee=owner:1,owner:2")).toBe(3);
    expect(count("team=t1&date=2026-03-01&archived=true")).toBe(3);
  });

  it("leaves out the search text and what is not a filter (sort, at risk)", () => {
    expect(count("q=revenue&sort=pace&dir=desc&atRisk=true")).toBe(0);
  });
});
