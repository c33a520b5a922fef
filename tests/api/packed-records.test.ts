import { describe, expect, it } from "vitest";
import { packRecords, unpackRecords } from "@/lib/contracts/packed-records";

const period = (month: number) => ({ start: `2026-${month}-01`, end: `2026-${month + 1}-01` });
const records = Array.from({ length: 12 }, (_, i) => ({
  id: String(1000 + i),
  name: "Q1 Revenue",
  ...period(1 + (i % 3)),
  amount: i % 2 ? "2500.50" : null,
  assignee: { kind: "owner", id: String(i % 4) },
  pipelineIds: i % 2 ? ["default"] : [],
  archived: false,
}));

describe("packed records", () => {
  it("unpacks to exactly the records packed, keys in their order", () => {
    const packed = packRecords(records);
    expect(packed).not.toBeNull();
    const back = unpackRecords<(typeof records)[number]>(packed!);
    expect(JSON.stringify(back)).toBe(JSON.stringify(records));
    expect(back).toEqual(records);
  });

  it("writes each key once and each repeated value once", () => {
    const text = JSON.stringify(packRecords(records));
    expect(text.match(/"Q1 Revenue"/g)).toHaveLength(1);
    expect(text.match(/"assignee"/g)).toHaveLength(1);
    expect(text.length).toBeLessThan(JSON.stringify(records).length / 2);
  });

  it("gives every record its own copy of a repeated object", () => {
    const back = unpackRecords<(typeof records)[number]>(packRecords(records)!);
    expect(back[0].assignee).toEqual(back[4].assignee);
    expect(back[0].assignee).not.toBe(back[4].assignee);
    back[0].pipelineIds.push("changed");
    expect(back[2].pipelineIds).toEqual([]);
  });

  it("refuses records whose keys differ, so they travel unpacked", () => {
    expect(packRecords([{ a: 1, b: 2 }, { a: 1 }])).toBeNull();
    expect(packRecords([{ a: 1, b: 2 }, { b: 2, a: 1 }])).toBeNull();
  });

  it("packs an empty list", () => {
    expect(unpackRecords(packRecords([])!)).toEqual([]);
  });
});
