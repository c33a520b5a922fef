import { describe, expect, it } from "vitest";
import { CSV_BOM, toCsv } from "@/lib/goals/csv";

interface Row {
  name: string;
  amount: string | number | null;
}

const columns = [
  { header: "Goal", value: (row: Row) => row.name },
  { header: "Target", value: (row: Row) => row.amount },
];

describe("toCsv", () => {
  it("writes a header and rows with CRLF line ends", () => {
    expect(toCsv(columns, [{ name: "Q1", amount: "1000.5" }, { name: "Q2", amount: 12 }])).toBe(
      "Goal,Target\r\nQ1,1000.5\r\nQ2,12\r\n",
    );
  });

  it("writes only the header for no rows", () => {
    expect(toCsv(columns, [])).toBe("Goal,Target\r\n");
  });

  it("quotes commas, quotes, line breaks and edge spaces, doubling inner quotes", () => {
    const csv = toCsv(columns, [
      { name: "Revenue, EMEA", amount: null },
      { name: 'The "big" one', amount: null },
      { name: "two\nlines", amount: null },
      { name: "cr\rhere", amount: null },
      { name: " padded ", amount: null },
      { name: "inner space", amount: null },
    ]);
    expect(csv.split("\r\n").slice(1, -1)).toEqual([
      '"Revenue, EMEA",',
      '"The ""big"" one",',
      '"two\nlines",',
      '"cr\rhere",',
      '" padded ",',
      "inner space,",
    ]);
  });

  it("writes nulls and non-finite numbers as empty fields", () => {
    expect(toCsv(columns, [{ name: "x", amount: null }, { name: "y", amount: Number.NaN }])).toBe("Goal,Target\r\nx,\r\ny,\r\n");
  });

  it("defuses values a spreadsheet would run as formulas", () => {
    const names = ["=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "=1,2"];
    const csv = toCsv(columns, names.map((name) => ({ name, amount: null })));
    expect(csv.split("\r\n").slice(1, -1)).toEqual([
      "\"'=HYPERLINK(\"\"http://evil\"\")\",",
      "'+1+1,",
      "'-2+3,",
      "'@SUM(A1),",
      "'\tcmd,",
      "\"'=1,2\",",
    ]);
  });

  it("leaves plain numbers alone, negative or signed", () => {
    const csv = toCsv(columns, [
      { name: "-12.5", amount: "-12.5" },
      { name: "+3", amount: -4 },
      { name: "-1e3", amount: "-0.5" },
    ]);
    expect(csv).toBe("Goal,Target\r\n-12.5,-12.5\r\n+3,-4\r\n-1e3,-0.5\r\n");
  });

  it("guards headers too and exposes a BOM for Excel", () => {
    expect(toCsv([{ header: "=cmd", value: () => "v" }], [{}])).toBe("'=cmd\r\nv\r\n");
    expect(CSV_BOM).toBe("\uFEFF");
  });
});
