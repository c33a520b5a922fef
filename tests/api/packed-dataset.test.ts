import { describe, expect, it } from "vitest";
import type { GoalsDataset } from "@/lib/api/contracts";
import { packDataset, unpackDataset } from "@/lib/api/packed-dataset";
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

describe("packDataset", () => {
  it("unpacks to the dataset the server held", () => {
    const ready = dataset(targets);
    expect(unpackDataset(packDataset(ready)!)).toEqual(ready);
  });

  it("packs one converted answer once, however many pages render it", () => {
    const first = packDataset(dataset(targets))!;
    const second = packDataset({ ...dataset(targets), fetchedAt: "2026-11-28T00:00:30.000Z" })!;
    expect(second.targets).toBe(first.targets);
    expect(second.fetchedAt).toBe("2026-11-28T00:00:30.000Z");
    expect(packDataset(dataset([...targets]))!.targets).not.toBe(first.targets);
  });
});
