import { expect, test } from "@playwright/test";
import { emulator } from "./support/emulator";
import { quotaFamily } from "./support/plan";
import { signedIn } from "./support/session";
import { DEMO_PORTAL, SECOND_PORTAL } from "./support/sign-in";
import { postFromApp } from "./support/post";

/**
 * Bad input to the plan's write routes: each gets a 4xx with a sentence a person can act on, and
 * nothing is written, as the emulator's call counter and records show.
 */

const YEAR = new Date().getUTCFullYear();

test("malformed plan writes are refused before HubSpot is called; foreign ids, stale versions and huge plans write nothing", async ({ page }) => {
  await emulator.reset();
  await signedIn(page);
  const { uuid, targets } = await quotaFamily(YEAR);
  const [first] = targets;
  const good = { targetId: first.id, amount: "1", version: first.properties.hs_lastmodifieddate!, base: "1" };
  const applyBody = (changes: unknown, extra: object = {}) => ({ changes, notify: false, applyId: crypto.randomUUID(), ...extra });
  const dry = `/api/goals/${uuid}/plan/dry-run`;
  const apply = `/api/goals/${uuid}/plan/apply`;

  const shapes: { name: string; path: string; body?: unknown; raw?: string; message: RegExp; status?: number; code?: string }[] = [
    { name: "amount as a number", path: dry, body: { changes: [{ ...good, amount: 5 }] }, message: /amount must be a string/ },
    { name: "amount with a comma", path: dry, body: { changes: [{ ...good, amount: "1,5" }] }, message: /amount must be a plain decimal number/ },
    { name: "changes as an object", path: dry, body: { changes: { [first.id]: "1" } }, message: /changes must be a list/ },
    { name: "no changes", path: dry, body: { changes: [] }, message: /at least one change/ },
    { name: "a target twice", path: dry, body: { changes: [good, good] }, message: /Each target may appear once/ },
    { name: "letters as target id", path: dry, body: { changes: [{ ...good, targetId: "abc" }] }, message: /digits only/ },
    { name: "version not a date", path: dry, body: { changes: [{ ...good, version: "yesterday" }] }, message: /version must be the target's hs_lastmodifieddate/ },
    { name: "unknown field", path: dry, body: { changes: [good], overwrite: true }, message: /Unknown field "overwrite"/ },
    { name: "not JSON", path: dry, raw: "{changes:", message: /not valid JSON/ },
    { name: "notify as text", path: apply, body: applyBody([good], { notify: "yes" }), message: /notify must be true or false/ },
    { name: "no apply id", path: apply, body: { changes: [good], notify: false }, message: /applyId must be a UUID/ },
    { name: "101 changes in one apply", path: apply, body: applyBody(Array.from({ length: 101 }, (_, i) => ({ ...good, targetId: String(3_000_000_000 + i) }))), message: /At most 100 changes/ },
    {
      name: "10,000 cells",
      path: dry,
      body: { changes: Array.from({ length: 10_000 }, (_, i) => ({ ...good, targetId: String(3_000_000_000 + i) })) },
      // The proxy refuses a body this size before the route reads it.
      message: /too large/,
      status: 413,
      code: "PAYLOAD_TOO_LARGE",
    },
    { name: "malformed goal id", path: "/api/goals/not-a-goal/plan/dry-run", body: { changes: [good] }, message: /goal id is/ },
  ];
  for (const c of shapes) {
    const res = await postFromApp(page.request, c.path, c.raw === undefined ? { data: c.body } : { data: Buffer.from(c.raw), headers: { "content-type": "application/json" } });
    expect(res.status(), c.name).toBe(c.status ?? 400);
    const body = await res.json();
    expect(body.error.code, c.name).toBe(c.code ?? "BAD_INPUT");
    expect(body.error.message, c.name).toMatch(c.message);
  }
  expect((await emulator.calls()).total, "no HubSpot call for malformed input").toBe(0);

  // Ids that are not this goal's in this portal: another portal's target, another goal's target.
  const contoso = (await emulator.targets(SECOND_PORTAL))[0];
  const otherGoal = (await emulator.targets(DEMO_PORTAL)).find((t) => t.properties.hs_group_correlation_uuid !== uuid)!;
  for (const stranger of [contoso, otherGoal]) {
    const change = { targetId: stranger.id, amount: "1", version: stranger.properties.hs_lastmodifieddate!, base: "1" };
    for (const [path, body] of [
      [dry, { changes: [change] }],
      [apply, applyBody([change])],
    ] as const) {
      const res = await postFromApp(page.request, path, { data: body });
      expect(res.status()).toBe(400);
      expect((await res.json()).error.message).toBe(`Target ${stranger.id} is not part of this goal in your HubSpot portal. Nothing was written.`);
    }
  }

  // A stale version: 409, nothing written.
  const stale = await postFromApp(page.request, apply, { data: applyBody([{ ...good, amount: "123", version: "2020-01-01T00:00:00.000Z" }]) });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error.message).toMatch(/^Nothing was written: 1 of these targets changed in HubSpot since they were loaded/);

  const calls = await emulator.calls();
  for (const portal of Object.values(calls.byPortal)) expect(portal.byRoute["goal_targets.batchUpdate"] ?? 0).toBe(0);
  const now = await emulator.targets(DEMO_PORTAL);
  for (const t of targets) expect(now.find((n) => n.id === t.id)!.properties.hs_lastmodifieddate).toBe(t.properties.hs_lastmodifieddate);
  expect((await emulator.targets(SECOND_PORTAL))[0].properties.hs_lastmodifieddate).toBe(contoso.properties.hs_lastmodifieddate);
});

// The proxy refuses a write from another site before any route code runs (lib/api/request-guard.ts).
test("a cross-site Origin cannot apply a plan, and nothing reaches HubSpot", async ({ page }) => {
  await signedIn(page);
  const { uuid, targets } = await quotaFamily(YEAR);
  await emulator.resetCalls();
  const res = await postFromApp(page.request, `/api/goals/${uuid}/plan/apply`, {
    headers: { origin: "https://evil.example" },
    data: { changes: [{ targetId: targets[0].id, amount: "1", version: targets[0].properties.hs_lastmodifieddate, base: "1" }], notify: false, applyId: crypto.randomUUID() },
  });
  expect(res.status()).toBe(403);
  expect((await res.json()).error.code).toBe("CROSS_SITE");
  expect((await emulator.calls()).total).toBe(0);
});
