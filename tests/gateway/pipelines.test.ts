import { describe, expect, it } from "vitest";
import { DEMO_PORTAL_ID } from "@/emulator/constants";
import type { PortalContext } from "@/lib/hubspot/context";
import { gatewayAgainstEmulator } from "../support/gateway-emulator";
import { testPortalContext } from "../support/portal-context";

/** Pipeline names through the gateway: validated, cached per portal, and the ids whenever names cannot be had. */

const emulator = gatewayAgainstEmulator();
const ctx = (scopes: string[] = [], portalId = DEMO_PORTAL_ID): PortalContext => testPortalContext({ portalId, scopes });

const admin = emulator.admin;
const pipelineCalls = () => emulator.calls("pipelines.list");

describe("loadPipelineLabels", () => {
  it("names a portal's pipelines by id, with one call per object type and then the cache", async () => {
    const { loadPipelineLabels } = await import("@/lib/hubspot");
    expect(await loadPipelineLabels(ctx(), "deals")).toEqual({ default: "Northwind Sales Pipeline", "75e28846": "Northwind Renewals" });
    expect(await loadPipelineLabels(ctx(), "deals")).toHaveProperty("default");
    expect(await loadPipelineLabels(ctx(), "tickets")).toEqual({ "0": "Northwind Support Pipeline" });
    expect(await pipelineCalls()).toBe(2);
  });

  it("gives no names, and so the ids, when HubSpot refuses the scope", async () => {
    const { loadPipelineLabels } = await import("@/lib/hubspot");
    await admin("/faults", { portalId: DEMO_PORTAL_ID, route: "pipelines.list", status: 403, scope: "crm.pipelines.read" });
    expect(await loadPipelineLabels(ctx(), "deals")).toEqual({});
  });

  it("asks nothing of HubSpot for a grant without the goals scope", async () => {
    const { loadPipelineLabels } = await import("@/lib/hubspot");
    expect(await loadPipelineLabels(ctx(["oauth"]), "deals")).toEqual({});
    expect(await pipelineCalls()).toBe(0);
  });

  it("gives no names when HubSpot fails, rather than failing the goal page", async () => {
    const { loadPipelineLabels } = await import("@/lib/hubspot");
    await admin("/faults", { portalId: DEMO_PORTAL_ID, route: "pipelines.list", malformedJson: true, times: null });
    expect(await loadPipelineLabels(ctx(), "tickets")).toEqual({});
  });
});
