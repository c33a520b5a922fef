/**
 * Shapes of Goalboard's own API, shared by route handlers and the browser. Plain JSON only.
 */
import type { Account, Directory, Target } from "@/lib/goals/model";

export interface DatasetMeta {
  portalId: number;
  account: Account;
  directory: Directory;
  /** Optional HubSpot scopes not granted; assignee names fall back to ids where they were needed. */
  missingScopes: string[];
  fetchedAt: string;
  /** Records HubSpot returned that could not be placed on a timeline (no valid dates). */
  skipped: number;
}

export type GoalsDataset =
  | { status: "loading"; portalId: number; loaded: number; total: number | null }
  | ({ status: "ready"; targets: readonly Target[] } & DatasetMeta);

/**
 * The wallboard's data: every live goal target, at most one refresh interval old. `fetchedAt` is
 * when HubSpot answered; `stale` says why a renewal failed while that older answer is shown.
 */
export interface WallSnapshot extends DatasetMeta {
  targets: readonly Target[];
  stale: { code: string; message: string } | null;
}

export interface GoalFamilyResponse extends DatasetMeta {
  goalId: string;
  targets: readonly Target[];
  /** The goal's pipelines by id with HubSpot's name; the name is null where HubSpot gave none. */
  pipelines: PipelineName[];
}

export interface PipelineName {
  id: string;
  label: string | null;
}

export interface RawRecord {
  id: string;
  properties: Record<string, string | null>;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
}

export interface TargetResponse {
  portalId: number;
  record: RawRecord;
  target: Target | null;
  account: Account;
}

export interface TargetPageResponse {
  portalId: number;
  results: RawRecord[];
  /** Pass back as `after` for the next page; absent on the last page. */
  nextAfter: string | null;
}

export interface BatchReadResponse {
  portalId: number;
  results: RawRecord[];
  /** Ids HubSpot has no record for. */
  missingIds: string[];
}

export interface SearchResponse {
  portalId: number;
  total: number;
  results: RawRecord[];
  nextAfter: string | null;
}
