import "server-only";

/**
 * Goalboard's HubSpot gateway: the only code that talks to HubSpot. Named operations only; each
 * one fixes its own path and method, validates what comes back, and goes through the portal's
 * cache, coalescing, rate budget, timeout and retries.
 */
export type { PortalContext } from "./context";
export { GOAL_TARGET_PROPERTIES, isKnownProperty, SORTABLE_PROPERTIES } from "./properties";
export type { WireRecord } from "./schemas";
export { listGoalTargetsPage, getGoalTarget, batchReadGoalTargets, searchGoalTargets, GOALS_READ } from "./operations/goal-targets";
export { loadAllGoalTargets, loadProgress } from "./operations/all-targets";
export { loadGoalFamily } from "./operations/goal-family";
export { loadDirectory, type DirectoryResult } from "./operations/directory";
export { getAccount } from "./operations/account";
export { loadPipelineLabels, type PipelineObjectType } from "./operations/pipelines";
export { SEARCH_LIMITS, type HubSpotSearchBody, type HubSpotFilter } from "./operations/search-body";
