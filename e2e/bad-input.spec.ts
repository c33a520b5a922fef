import { expect, test } from "@playwright/test";
import { E2E } from "./ports";
import { callsFor, emulator } from "./support/emulator";
import { DEMO_PORTAL, signIn } from "./support/sign-in";

const filter = { propertyName: "hs_goal_name", operator: "EQ", value: "x" };
const group = (n: number) => ({ filters: Array(n).fill(filter) });

/** Bad requests of every kind: each must be refused with a 400 and a sentence, before HubSpot is called. */
const CASES: { name: string; method: "GET" | "POST"; path: string; body?: unknown; raw?: string; message: RegExp }[] = [
  // ids and path tricks
  { name: "letters as id", method: "GET", path: "/api/goal-targets/abc", message: /digits only/ },
  { name: "mixed id", method: "GET", path: "/api/goal-targets/12a", message: /digits only/ },
  { name: "negative id", method: "GET", path: "/api/goal-targets/-1", message: /digits only/ },
  { name: "zero id", method: "GET", path: "/api/goal-targets/0", message: /digits only/ },
  { name: "decimal id", method: "GET", path: "/api/goal-targets/1.5", message: /digits only/ },
  { name: "20-digit id", method: "GET", path: "/api/goal-targets/12345678901234567890", message: /digits only/ },
  { name: "id past int64", method: "GET", path: "/api/goal-targets/9223372036854775808", message: /at most 9223372036854775807/ },
  { name: "encoded traversal", method: "GET", path: "/api/goal-targets/..%2F..%2Fowners", message: /digits only/ },
  { name: "encoded dot-dot backslash", method: "GET", path: "/api/goal-targets/%2e%2e%5cowners", message: /digits only/ },
  { name: "encoded host", method: "GET", path: "/api/goal-targets/%2F%2Fevil.example", message: /digits only/ },
  { name: "malformed goal id", method: "GET", path: "/api/goals/not-a-goal", message: /goal id is/ },
  { name: "short uuid", method: "GET", path: "/api/goals/9d1d7130-06db-4a2b", message: /goal id is/ },
  // list parameters
  { name: "limit 0", method: "GET", path: "/api/goal-targets?limit=0", message: /limit must be a whole number from 1 to 100/ },
  { name: "negative limit", method: "GET", path: "/api/goal-targets?limit=-5", message: /limit must be/ },
  { name: "huge limit", method: "GET", path: "/api/goal-targets?limit=1000000", message: /limit must be/ },
  { name: "limit 101", method: "GET", path: "/api/goal-targets?limit=101", message: /limit must be/ },
  { name: "limit as text", method: "GET", path: "/api/goal-targets?limit=lots", message: /limit must be/ },
  { name: "limit in exponent form", method: "GET", path: "/api/goal-targets?limit=1e2", message: /limit must be/ },
  { name: "bad cursor", method: "GET", path: "/api/goal-targets?after=%3Cscript%3E", message: /paging cursor/ },
  { name: "archived=maybe", method: "GET", path: "/api/goal-targets?archived=maybe", message: /archived must be true or false/ },
  { name: "unknown parameter", method: "GET", path: "/api/goal-targets?host=evil.example", message: /Unknown parameter "host"/ },
  { name: "unknown property", method: "GET", path: "/api/goal-targets?properties=hs_goal_name,hs_password", message: /Unknown goal target property "hs_password"/ },
  { name: "malformed property", method: "GET", path: "/api/goal-targets/3163193876?properties=hs_goal_name;drop", message: /Property names are lower-case/ },
  { name: "upper-case property", method: "GET", path: "/api/goal-targets/3163193876?properties=HS_GOAL_NAME", message: /Property names are lower-case/ },
  { name: "empty property", method: "GET", path: "/api/goal-targets?properties=hs_goal_name,,hs_milestone", message: /Property names are lower-case/ },
  { name: "dataset flag", method: "GET", path: "/api/goals?archived=1", message: /archived must be true or false/ },
  // search bodies
  { name: "search: not JSON", method: "POST", path: "/api/goal-targets/search", raw: "{filterGroups:", message: /not valid JSON/ },
  { name: "search: empty body", method: "POST", path: "/api/goal-targets/search", raw: "", message: /needs a JSON body/ },
  { name: "search: JSON that is not an object", method: "POST", path: "/api/goal-targets/search", raw: '"hs_goal_name"', message: /must be a JSON object/ },

  { name: "search: limit 500", method: "POST", path: "/api/goal-targets/search", body: { limit: 500 }, message: /limit must be a whole number from 1 to 200/ },
  { name: "search: 6 groups", method: "POST", path: "/api/goal-targets/search", body: { filterGroups: Array(6).fill(group(1)) }, message: /At most 5 filter groups/ },
  { name: "search: 7 filters in a group", method: "POST", path: "/api/goal-targets/search", body: { filterGroups: [group(7)] }, message: /at most 6 filters/ },
  { name: "search: 19 filters", method: "POST", path: "/api/goal-targets/search", body: { filterGroups: [group(6), group(6), group(6), group(1)] }, message: /At most 18 filters in all/ },
  { name: "search: unknown operator", method: "POST", path: "/api/goal-targets/search", body: { filterGroups: [{ filters: [{ ...filter, operator: "LIKE" }] }] }, message: /operator must be one of/ },
  { name: "search: unknown filter property", method: "POST", path: "/api/goal-targets/search", body: { filterGroups: [{ filters: [{ ...filter, propertyName: "secret" }] }] }, message: /Unknown goal target property "secret"/ },
  { name: "search: BETWEEN without highValue", method: "POST", path: "/api/goal-targets/search", body: { filterGroups: [{ filters: [{ ...filter, operator: "BETWEEN" }] }] }, message: /BETWEEN needs value and highValue/ },
  { name: "search: sort on unknown", method: "POST", path: "/api/goal-targets/search", body: { sort: { propertyName: "password", direction: "ASCENDING" } }, message: /Sorting works on/ },
  { name: "search: query too long", method: "POST", path: "/api/goal-targets/search", body: { query: "q".repeat(3001) }, message: /query is at most 3000 characters/ },
  { name: "search: past 10,000", method: "POST", path: "/api/goal-targets/search", body: { after: "9990", limit: 100 }, message: /cannot page past 10000/ },
  { name: "search: smuggled url", method: "POST", path: "/api/goal-targets/search", body: { url: "https://evil.example" }, message: /Unknown field "url"/ },
  // batch read
  { name: "batch: 101 ids", method: "POST", path: "/api/goal-targets/batch-read", body: { ids: Array.from({ length: 101 }, (_, i) => String(i + 1)) }, message: /At most 100 ids/ },
  { name: "batch: non-numeric id", method: "POST", path: "/api/goal-targets/batch-read", body: { ids: ["1", "x"] }, message: /digits only/ },
  { name: "batch: no ids", method: "POST", path: "/api/goal-targets/batch-read", body: { ids: [] }, message: /at least one/ },
];

test("bad input gets a 400 with a clear message and causes zero upstream calls", async ({ page }) => {
  expect(CASES.length).toBeGreaterThanOrEqual(30);
  await signIn(page, "grace.holloway@northwind-traders.example", "/goals");
  await expect(page.getByTestId("goal-table")).toBeVisible();
  await emulator.resetCalls();
  for (const c of CASES) {
    const res =
      c.method === "GET"
        ? await page.request.get(c.path)
        : await page.request.post(c.path, { data: c.raw !== undefined ? Buffer.from(c.raw) : c.body, headers: { "content-type": "application/json", origin: E2E.appUrl } });
    expect(res.status(), c.name).toBe(400);
    const body = await res.json();
    expect(body.error.code, c.name).toBe("BAD_INPUT");
    expect(body.error.message, c.name).toMatch(c.message);
  }
  expect(await callsFor(DEMO_PORTAL)).toBe(0);
  expect((await emulator.calls()).total).toBe(0);
});
