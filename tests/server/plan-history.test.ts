import { describe, expect, it } from "vitest";
import { indexDirectory } from "@/lib/goals/assignees";
import { historyView } from "@/lib/server/plan/history";

const directory = indexDirectory({
  owners: [{ id: "101", userId: "601", email: "ava@example.com", name: "Ava Thompson", teamIds: [], archived: false }],
  users: [{ id: "602", email: "grace@example.com", name: "Grace Holloway", primaryTeamId: null, secondaryTeamIds: [] }],
  teams: [],
});

describe("historyView", () => {
  it("orders newest first, pairs each value with the one it replaced, and names who made it", () => {
    const view = historyView(
      [
        { value: "42500.00", timestamp: "2025-12-12T15:04:31.219Z", sourceType: "CRM_UI", sourceId: "userId:601", updatedByUserId: 601 },
        { value: "50000", timestamp: "2026-03-02T10:00:00.000Z", sourceType: "INTEGRATION", sourceId: "3104471", updatedByUserId: 602 },
        { value: "", timestamp: "2026-02-01T10:00:00.000Z", sourceType: "IMPORT" },
        { value: "7", timestamp: "2026-02-02T10:00:00.000Z", sourceType: "SOMETHING_NEW" },
      ],
      directory,
    );
    expect(view.map((e) => [e.value, e.previous, e.who])).toEqual([
      ["50000", "7", "Grace Holloway"],
      ["7", "", "SOMETHING_NEW"],
      ["", "42500", "An import"],
      ["42500", null, "Ava Thompson"],
    ]);
  });
});
