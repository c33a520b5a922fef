import "server-only";
import { processSingleton } from "@/lib/process-singleton";
import { serverEnv } from "@/lib/env";
import { type PortalContext, sharedLane } from "../context";
import { callHubSpot } from "../http/call";
import { listPage } from "../http/schemas";
import { GOALS_READ } from "./scopes";

export interface ArchivedIndex {
  ids: ReadonlySet<string>;
  /** Goal families (hs_group_correlation_uuid, lower case) with an archived target. */
  families: ReadonlySet<string>;
}

const indexes = () => processSingleton("archived-index", () => new Map<number, { at: number; index: Promise<ArchivedIndex> }>());

async function load(ctx: PortalContext): Promise<ArchivedIndex> {
  const ids = new Set<string>();
  const families = new Set<string>();
  let after: string | undefined;
  do {
    const query = new URLSearchParams({ limit: "100", archived: "true", properties: "hs_group_correlation_uuid" });
    if (after) query.set("after", after);
    const page = await callHubSpot(ctx, { op: "goal_targets.list", method: "GET", path: "/crm/v3/objects/goal_targets", query, kind: "standard", schema: listPage, scope: GOALS_READ });
    for (const record of page.results) {
      ids.add(record.id);
      const uuid = record.properties.hs_group_correlation_uuid;
      if (uuid) families.add(uuid.toLowerCase());
    }
    after = page.paging?.next?.after;
  } while (after);
  return { ids, families };
}

/**
 * Which ids and goal families of the portal are archived, held as long as a not-found answer is
 * remembered. HubSpot finds an archived record only when asked with archived=true: this index lets
 * a live miss be settled without that second call, so an unknown id costs one call, not two.
 * Archived targets are few; the index costs one list call per 100 of them, shared by every lookup.
 */
export function archivedIndex(ctx: PortalContext): Promise<ArchivedIndex> {
  const ttlMs = serverEnv().NOT_FOUND_TTL_SECONDS * 1000;
  const held = indexes();
  const entry = held.get(ctx.portalId);
  if (entry && Date.now() - entry.at < ttlMs) return entry.index;
  const index = load(sharedLane(ctx));
  held.set(ctx.portalId, { at: Date.now(), index });
  index.catch(() => {
    if (held.get(ctx.portalId)?.index === index) held.delete(ctx.portalId);
  });
  return index;
}
