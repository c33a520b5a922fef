import type { ApiRoute } from "../../routing/context";
import { batchReadTargets } from "./batch-read";
import { batchCreateTargets, batchUpdateTargets, batchUpsertTargets } from "./batch-write";
import { getTarget } from "./get";
import { listTargets } from "./list";
import { searchTargets } from "./search";
import { archiveTarget, batchArchiveTargets, createTarget, updateTarget } from "./write";

// The v3 path and the date-versioned 2026-03 path behave the same; `0-74` is the object type id.
const BASE = String.raw`^/crm/(?:v3/objects|objects/2026-03)/(?:goal_targets|0-74)`;
const at = (suffix: string) => new RegExp(`${BASE}${suffix}$`);

const READ = "crm.objects.goals.read";
const WRITE = "crm.objects.goals.write";

export const goalTargetRoutes: ApiRoute[] = [
  { auth: "bearer", method: "POST", pattern: at("/search"), operation: "goal_targets.search", scope: READ, limit: "search", handle: searchTargets },
  { auth: "bearer", method: "POST", pattern: at("/batch/read"), operation: "goal_targets.batchRead", scope: READ, limit: "standard", handle: batchReadTargets },
  { auth: "bearer", method: "POST", pattern: at("/batch/create"), operation: "goal_targets.batchCreate", scope: WRITE, limit: "standard", handle: batchCreateTargets },
  { auth: "bearer", method: "POST", pattern: at("/batch/update"), operation: "goal_targets.batchUpdate", scope: WRITE, limit: "standard", handle: batchUpdateTargets },
  { auth: "bearer", method: "POST", pattern: at("/batch/upsert"), operation: "goal_targets.batchUpsert", scope: WRITE, limit: "standard", handle: batchUpsertTargets },
  { auth: "bearer", method: "POST", pattern: at("/batch/archive"), operation: "goal_targets.batchArchive", scope: WRITE, limit: "standard", handle: batchArchiveTargets },
  { auth: "bearer", method: "GET", pattern: at(""), operation: "goal_targets.list", scope: READ, limit: "standard", handle: listTargets },
  { auth: "bearer", method: "POST", pattern: at(""), operation: "goal_targets.create", scope: WRITE, limit: "standard", handle: createTarget },
  { auth: "bearer", method: "GET", pattern: at("/(?<id>[^/]+)"), operation: "goal_targets.get", scope: READ, limit: "standard", handle: getTarget },
  { auth: "bearer", method: "PATCH", pattern: at("/(?<id>[^/]+)"), operation: "goal_targets.update", scope: WRITE, limit: "standard", handle: updateTarget },
  { auth: "bearer", method: "DELETE", pattern: at("/(?<id>[^/]+)"), operation: "goal_targets.archive", scope: WRITE, limit: "standard", handle: archiveTarget },
];
