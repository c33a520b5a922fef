import { json, type Reply } from "../http/reply";
import { toWire, toWireWithAllProperties } from "../goals/serialize";
import type { RequestContext } from "../routing/context";
import type { Portal } from "../state";

export function adminError(status: number, message: string): Reply {
  return json(status, { error: message });
}

function summary(portal: Portal) {
  const active = portal.targets.select(false);
  const families = new Set(active.map((record) => record.properties.hs_group_correlation_uuid ?? record.id));
  return {
    portalId: portal.profile.portalId,
    name: portal.profile.name,
    hubDomain: portal.profile.hubDomain,
    timeZone: portal.profile.timeZone,
    currency: portal.profile.currency,
    targets: active.length,
    archivedTargets: portal.targets.all().length - active.length,
    families: families.size,
    users: portal.directory.users.map((user) => ({ id: user.id, email: user.email, name: `${user.firstName} ${user.lastName}` })),
  };
}

export async function listPortals(ctx: RequestContext): Promise<Reply> {
  return json(200, [...ctx.state.portals.values()].map(summary));
}

function portalFrom(ctx: RequestContext): Portal | undefined {
  return ctx.state.portals.get(Number(ctx.params.portalId));
}

/**
 * Every record with every catalogue property, or only the comma-separated `properties` (a large
 * portal's ids alone are a small answer); `archived` true/false filters, absent returns all.
 */
export async function portalTargets(ctx: RequestContext): Promise<Reply> {
  const portal = portalFrom(ctx);
  if (!portal) return adminError(404, `No portal ${ctx.params.portalId}`);
  const archived = ctx.url.searchParams.get("archived");
  const names = ctx.url.searchParams.get("properties")?.split(",").filter(Boolean);
  const records = portal.targets.all().filter((record) => archived === null || record.archived === (archived === "true"));
  return json(200, records.map((record) => (names ? toWire(record, names) : toWireWithAllProperties(record))));
}

export async function portalDirectory(ctx: RequestContext): Promise<Reply> {
  const portal = portalFrom(ctx);
  if (!portal) return adminError(404, `No portal ${ctx.params.portalId}`);
  return json(200, portal.directory);
}

/** Pipelines by object type (`{ deals: [...], tickets: [...] }`) in their wire shape. */
export async function portalPipelines(ctx: RequestContext): Promise<Reply> {
  const portal = portalFrom(ctx);
  if (!portal) return adminError(404, `No portal ${ctx.params.portalId}`);
  return json(200, portal.pipelines);
}
