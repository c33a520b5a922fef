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
export { loadAllGoalTargets, loadAllGoalTargetsWithin, loadProgress } from "./operations/all-targets";
export { loadGoalFamily, UUID_PATTERN } from "./operations/goal-family";
export { loadDirectory, loadDirectoryWithin, type DirectoryResult } from "./operations/directory";
export { getAccount, getAccountWithin } from "./operations/account";
export type { Held } from "./cache-within";
export { loadPipelineLabels, type PipelineObjectType } from "./operations/pipelines";
export { SEARCH_LIMITS, type HubSpotSearchBody, type HubSpotFilter } from "./operations/search-body";
