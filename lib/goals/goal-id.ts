import type { Target } from "./model";

// Same shapes as the API's goal id schema; kept here so the browser does not load zod for it.
const GOAL_ID = /^([1-9]\d{0,18}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;

/**
 * The goal a target belongs to: its family uuid, or its own id when it stands alone. Read from the
 * raw record too, so a target whose dates are too broken to parse still links to its goal.
 */
export function goalIdOf(response: { target: Pick<Target, "goalId"> | null; record: { id: string; properties: Record<string, string | null> } }): string | null {
  const id = response.target?.goalId ?? (response.record.properties.hs_group_correlation_uuid?.trim() || response.record.id);
  return GOAL_ID.test(id) ? id : null;
}
