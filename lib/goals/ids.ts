/** HubSpot's id shapes, checked before anything is asked of HubSpot (by the proxy too), and a target's goal. */

/** HubSpot record ids are positive 64-bit integers. */
const INT64_MAX = BigInt("9223372036854775807");

export const isRecordId = (value: string) => /^[1-9]\d{0,18}$/.test(value) && BigInt(value) <= INT64_MAX;

export const isFamilyId = (value: string) => /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(value);

/** A goal is a family (uuid), or a target standing alone (its record id). */
export const isGoalId = (value: string) => isRecordId(value) || isFamilyId(value);

/**
 * The goal a target belongs to: its family uuid, or its own id when it stands alone. Read from the
 * raw record too, so a target whose dates are too broken to parse still links to its goal.
 */
export function goalIdOf(answer: { target: { goalId: string } | null; record: { id: string; properties: Record<string, string | null> } }): string | null {
  const id = answer.target?.goalId ?? (answer.record.properties.hs_group_correlation_uuid?.trim() || answer.record.id);
  return isGoalId(id) ? id : null;
}
