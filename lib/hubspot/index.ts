import "server-only";

/**
 * Goalboard's HubSpot gateway: the only code that talks to HubSpot, and this file is all of it the
 * rest of the server sees. Named operations only; each one fixes its own path and method, validates
 * what comes back, and goes through the portal's cache, coalescing, rate budget, timeout and retries.
 *
 *   operations/  the named operations, and the scopes each needs
 *   http/        one HubSpot call (deadline, user's share, budget, timeout, retries) and the wire schemas
 *   cache/       answers per portal (memory, or Redis when shared) and the not-found memo
 *   budget/      HubSpot's rate limits per portal (memory, or Redis when shared) and each user's share
 */
export { type PortalContext, perCallDeadline } from "./context";
export type { WireRecord } from "./http/schemas";
export type { HistoryEntry } from "./http/write-schemas";
export type { Held } from "./cache/types";
export { KNOWN_PROPERTIES, SORTABLE_PROPERTIES } from "./properties";
export { canWriteGoals, GOALS_READ, requireScope, requireWriteScope } from "./operations/scopes";
export { listGoalTargetsPage, getGoalTarget, batchReadGoalTargets, searchGoalTargets } from "./operations/goal-targets";
export {
  holdsAllGoalTargets,
  loadAllGoalTargets,
  loadAllGoalTargetsWithin,
  loadProgress,
  type LoadProgress,
  type Ends,
  searchAllPages,
} from "./operations/all-targets";
export { loadPortalTargets } from "./operations/portal-load";
export { loadGoalFamily } from "./operations/goal-family";
export { readTargetsNow, updateGoalTargets, type WriteOutcome } from "./operations/goal-target-writes";
export { loadDirectory, loadDirectoryWithin, type DirectoryResult } from "./operations/directory";
export { getAccount, getAccountWithin } from "./operations/account";
export { loadPipelineLabels, type PipelineObjectType } from "./operations/pipelines";
export { SEARCH_LIMITS, type HubSpotSearchBody, type HubSpotFilter } from "./operations/search-body";
export { goalRememberedMissing, notFoundMemo } from "./cache/not-found-memo";
