import { describe, expect, it } from "vitest";
import type { GoalFamilyResponse, GoalsDataset } from "@/lib/contracts/goals";
import { packAnswer, unpackAnswer } from "@/lib/contracts/packed-answer";
import { makeTarget } from "../goals/fixtures";

type Ready = Extract<GoalsDataset, { status: "ready" }>;

const dataset = (targets: Ready["targets"]): Ready => ({
  status: "ready",
  portalId: 4000001,
  account: { portalId: 4000001, timeZone: "UTC", currency: "USD", utcOffset: "+00:00", uiDomain: null },
  directory: { owners: [], users: [], teams: [] },
  missingScopes: [],
  fetchedAt: "2026-11-28T00:00:00.000Z",
  skipped: 0,
  targets,
});

const targets = [makeTarget({ id: "1", actual: "5" }), makeTarget({ id: "2", assignee: { kind: "team", id: "t" } })];

describe("packAnswer", () => {
  it("unpacks to the dataset the server held", () => {
    const ready = dataset(targets);
    expect(unpackAnswer(packAnswer(ready)!)).toEqual(ready);
  });

  it("packs one converted answer once, however many pages render it", () => {
    const first = packAnswer(dataset(targets))!;
    const second = packAnswer({ ...dataset(targets), fetchedAt: "2026-11-28T00:00:30.000Z" })!;
    expect(second.targets).toBe(first.targets);
    expect(second.fetchedAt).toBe("2026-11-28T00:00:30.000Z");
    expect(packAnswer(dataset([...targets]))!.targets).not.toBe(first.targets);
  });

  it("packs one goal's family the same way, its other fields untouched", () => {
    const ready = dataset(targets);
    const family: GoalFamilyResponse = { ...ready, goalId: "g-1", pipelines: [{ id: "default", label: "Sales Pipeline" }], targets: [makeTarget({ id: "7" }), makeTarget({ id: "8", actual: null })] };
    const packed = packAnswer(family)!;
    expect(packed.goalId).toBe("g-1");
    expect(Array.isArray(packed.targets)).toBe(false);
    expect(unpackAnswer(packed)).toEqual(family);
  });

  it("gives null for targets whose keys differ, so the page inlines them as they are", () => {
    const odd = { ...makeTarget({ id: "9" }), extra: 1 };
    expect(packAnswer(dataset([targets[0], odd]))).toBeNull();
  });
});
