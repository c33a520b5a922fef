import { describe, expect, it } from "vitest";
import { assigneeKey, indexDirectory, resolveAssignee } from "@/lib/goals/assignees";
import type { Directory } from "@/lib/goals/model";

const directory: Directory = {
  owners: [
    { id: "100", userId: "26748728", email: "ada@example.com", name: "Ada Lovelace", teamIds: ["t1"], archived: false },
    { id: "101", userId: null, email: "noname@example.com", name: " ", teamIds: [], archived: false },
    { id: "90", userId: "555", email: null, name: "Old Grace", teamIds: [], archived: true },
    { id: "91", userId: "555", email: null, name: "Grace Hopper", teamIds: [], archived: false },
  ],
  users: [
    { id: "26748728", email: "ada@example.com", name: "Ada L.", primaryTeamId: "t2", secondaryTeamIds: [] },
    { id: "777", email: "lin@example.com", name: "Lin", primaryTeamId: "t1", secondaryTeamIds: ["t3"] },
  ],
  teams: [
    { id: "t1", name: "EMEA Sales", userIds: ["777"] },
    { id: "t2", name: "Enterprise", userIds: [] },
    { id: "t3", name: "Renewals", userIds: ["26748728"] },
  ],
};

describe("resolveAssignee", () => {
  const index = indexDirectory(directory);

  it("resolves an owner id with its teams, including those known through its user", () => {
    const ada = resolveAssignee({ kind: "owner", id: "100" }, index);
    expect(ada).toEqual({ kind: "owner", id: "100", key: "owner:100", name: "Ada Lovelace", teamIds: expect.any(Array) });
    expect([...ada.teamIds].sort()).toEqual(["t1", "t2", "t3"]);
  });

  it("resolves a user id to the owner with that userId, so one person has one key", () => {
    expect(resolveAssignee({ kind: "user", id: "26748728" }, index)).toMatchObject({ kind: "owner", id: "100", key: "owner:100" });
  });

  it("prefers a live owner over an archived one with the same userId", () => {
    expect(resolveAssignee({ kind: "user", id: "555" }, index)).toMatchObject({ id: "91", name: "Grace Hopper" });
  });

  it("falls back to settings users when no owner matches", () => {
    const lin = resolveAssignee({ kind: "user", id: "777" }, index);
    expect(lin).toMatchObject({ kind: "user", id: "777", key: "user:777", name: "Lin" });
    expect([...lin.teamIds].sort()).toEqual(["t1", "t3"]);
  });

  it("resolves teams", () => {
    expect(resolveAssignee({ kind: "team", id: "t2" }, index)).toEqual({
      kind: "team",
      id: "t2",
      key: "team:t2",
      name: "Enterprise",
      teamIds: ["t2"],
    });
  });

  it("gives unknown ids a readable name instead of failing", () => {
    expect(resolveAssignee({ kind: "owner", id: "9" }, index).name).toBe("Owner 9");
    expect(resolveAssignee({ kind: "user", id: "123" }, index)).toMatchObject({ name: "User 123", key: "user:123" });
    expect(resolveAssignee({ kind: "team", id: "42" }, index).name).toBe("Team 42");
    expect(resolveAssignee({ kind: "none" }, index)).toMatchObject({ key: "none", name: "Unassigned" });
  });

  it("uses the email when an owner has no name", () => {
    expect(resolveAssignee({ kind: "owner", id: "101" }, index).name).toBe("noname@example.com");
  });

  it("accepts the raw directory and indexes it once", () => {
    expect(resolveAssignee({ kind: "owner", id: "100" }, directory).name).toBe("Ada Lovelace");
  });

  it("resolves 10,000 lookups through the index", () => {
    const names = new Set<string>();
    for (let i = 0; i < 10_000; i++) names.add(resolveAssignee({ kind: "user", id: i % 2 ? "26748728" : "777" }, index).name);
    expect(names.size).toBe(2);
  });
});

describe("assigneeKey", () => {
  it("names the kind and id", () => {
    expect(assigneeKey({ kind: "owner", id: "1" })).toBe("owner:1");
    expect(assigneeKey({ kind: "team", id: "t" })).toBe("team:t");
    expect(assigneeKey({ kind: "none" })).toBe("none");
  });
});
