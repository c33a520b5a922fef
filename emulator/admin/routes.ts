import type { Reply } from "../http/reply";
import type { RequestContext } from "../routing/context";
import {
  addFault,
  addWriteRule,
  clearFaults,
  clearWriteRules,
  expireTokens,
  getCalls,
  getLatency,
  getLimits,
  health,
  listFaults,
  listTokens,
  listWriteRules,
  resetAll,
  resetCalls,
  setLatency,
  setLimits,
} from "./controls";
import { listPortals, portalDirectory, portalPipelines, portalTargets } from "./portals";

export interface AdminRoute {
  method: string;
  pattern: RegExp;
  handle(ctx: RequestContext): Promise<Reply>;
}

const at = (path: string) => new RegExp(`^/__emulator${path}$`);

/** The test-only control API: never counted, never rate-limited, no authentication. */
export const adminRoutes: AdminRoute[] = [
  { method: "GET", pattern: at("/health"), handle: health },
  { method: "GET", pattern: at("/portals"), handle: listPortals },
  { method: "GET", pattern: at("/portals/(?<portalId>\\d+)/targets"), handle: portalTargets },
  { method: "GET", pattern: at("/portals/(?<portalId>\\d+)/directory"), handle: portalDirectory },
  { method: "GET", pattern: at("/portals/(?<portalId>\\d+)/pipelines"), handle: portalPipelines },
  { method: "GET", pattern: at("/calls"), handle: getCalls },
  { method: "POST", pattern: at("/calls/reset"), handle: resetCalls },
  { method: "GET", pattern: at("/faults"), handle: listFaults },
  { method: "POST", pattern: at("/faults"), handle: addFault },
  { method: "DELETE", pattern: at("/faults"), handle: clearFaults },
  { method: "GET", pattern: at("/write-rules"), handle: listWriteRules },
  { method: "POST", pattern: at("/write-rules"), handle: addWriteRule },
  { method: "DELETE", pattern: at("/write-rules"), handle: clearWriteRules },
  { method: "GET", pattern: at("/tokens"), handle: listTokens },
  { method: "POST", pattern: at("/tokens/expire"), handle: expireTokens },
  { method: "GET", pattern: at("/limits"), handle: getLimits },
  { method: "POST", pattern: at("/limits"), handle: setLimits },
  { method: "GET", pattern: at("/latency"), handle: getLatency },
  { method: "POST", pattern: at("/latency"), handle: setLatency },
  { method: "POST", pattern: at("/reset"), handle: resetAll },
];
